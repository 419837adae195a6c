import { createTranslator } from "next-intl";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/locales";
import { tableCsv, tableXlsx } from "@/lib/spreadsheet/table-file";
import type en from "@/messages/en.json";
import { ledgerRows } from "./ledger-rows";
import { ledgerNumberFormats, ledgerTable, type LedgerLabels } from "./ledger-table";
import { ledgerFiltersSchema, type LedgerFilters } from "./schemas";

async function translator(locale: Locale) {
  const messages = ((await import(`../../messages/${locale}.json`)) as { default: typeof en }).default;
  return createTranslator({ locale, messages, namespace: "payouts" });
}

export type LedgerFile = { filename: string; contentType: string; body: string | Uint8Array<ArrayBuffer> };

/** The filtered ledger, one row per entry, as CSV or XLSX with headings in the reader's language. */
export async function exportLedger(ctx: Ctx, format: "csv" | "xlsx", filters: LedgerFilters): Promise<LedgerFile> {
  authorize(ctx, "payout.read");
  const parsed = ledgerFiltersSchema.parse(filters);
  const [{ items, timeZone, currency }, t] = await Promise.all([ledgerRows(ctx, parsed), translator(ctx.locale)]);
  const labels: LedgerLabels = {
    column: (c) => t(`columns.${c}`),
    kind: (k) => (t.has(`kinds.${k}` as never) ? t(`kinds.${k}` as never) : k),
    method: (m) => (t.has(`methods.${m}` as never) ? t(`methods.${m}` as never) : m),
  };
  const table = ledgerTable(items, labels, { format, locale: ctx.locale, timeZone });
  const filename = `${t("fileName")}-${new Date().toISOString().slice(0, 10)}.${format}`;
  if (format === "xlsx") {
    const body = await tableXlsx(table, t("title"), ledgerNumberFormats(currency));
    return { filename, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: new Uint8Array(body) };
  }
  return { filename, contentType: "text/csv; charset=utf-8", body: tableCsv(table, ctx.locale) };
}
