import { currencyDigits, toDecimalText } from "@/lib/catalog/money";
import type { Locale } from "@/lib/i18n/locales";
import type { Cell } from "@/lib/spreadsheet/table-file";
import type { LedgerRow } from "./ledger-rows";

export const LEDGER_COLUMNS = [
  "memberNumber",
  "fullName",
  "village",
  "group",
  "recordedAt",
  "kind",
  "amount",
  "balance",
  "currency",
  "shipment",
  "lotCode",
  "product",
  "quantity",
  "unitPrice",
  "gross",
  "reserve",
  "reservePercent",
  "paidOn",
  "method",
  "reference",
  "reason",
] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

const MONEY_COLUMNS: readonly LedgerColumn[] = ["amount", "balance", "unitPrice", "gross", "reserve"];

export type LedgerLabels = { column: (c: LedgerColumn) => string; kind: (k: string) => string; method: (m: string) => string };
type Options = { format: "csv" | "xlsx"; locale: Locale; timeZone: string };

/** Minor units as a spreadsheet amount: a number for XLSX; exact decimal text for CSV, with the locale's decimal comma. */
function money(minor: number | null, currency: string, { format, locale }: Options): Cell {
  if (minor === null) return null;
  if (format === "xlsx") return minor / 10 ** currencyDigits(currency);
  const text = `${minor < 0 ? "-" : ""}${toDecimalText(Math.abs(minor), currency)}`;
  return locale === "en" ? text : text.replace(".", ",");
}

function cells(r: LedgerRow, labels: LedgerLabels, options: Options, recorded: Intl.DateTimeFormat): Cell[] {
  const m = (minor: number | null) => money(minor, r.currency, options);
  return [
    r.memberNumber,
    r.fullName,
    r.villageName,
    r.groupName,
    recorded.format(r.createdAt),
    labels.kind(r.kind),
    m(r.amountMinor),
    m(r.balanceMinor),
    r.currency,
    r.shipmentCode,
    r.lotCode,
    r.productName,
    r.quantity,
    m(r.unitPriceMinor),
    m(r.grossMinor),
    m(r.reserveMinor),
    r.reserveBasisPoints === null ? null : r.reserveBasisPoints / 100,
    r.paidOn,
    r.method ? labels.method(r.method) : null,
    r.reference,
    r.reason,
  ];
}

/** The ledger as a header row and one row per entry. */
export function ledgerTable(rows: LedgerRow[], labels: LedgerLabels, options: Options): Cell[][] {
  // Swedish formatting is ISO-like ("2026-03-01 14:05"), which every spreadsheet reads as a date.
  const recorded = new Intl.DateTimeFormat("sv-SE", { timeZone: options.timeZone, dateStyle: "short", timeStyle: "short" });
  return [LEDGER_COLUMNS.map(labels.column), ...rows.map((r) => cells(r, labels, options, recorded))];
}

/** Excel number formats of the money columns, with the currency's decimals. */
export function ledgerNumberFormats(currency: string): Record<number, string> {
  const digits = currencyDigits(currency);
  const format = digits > 0 ? `#,##0.${"0".repeat(digits)}` : "#,##0";
  return Object.fromEntries(MONEY_COLUMNS.map((c) => [LEDGER_COLUMNS.indexOf(c), format]));
}
