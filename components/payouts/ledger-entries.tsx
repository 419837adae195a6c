import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { useQuantityText } from "@/components/ui/use-quantity-text";
import type { LedgerEntry } from "@/lib/payouts/ledger";
import { moneyText } from "./money";

/** What an entry was for, line by line: the goods and reserve share, the payment method, or the reason. */
function useEntryLines(currency: string): (entry: LedgerEntry) => string[] {
  const t = useTranslations("payouts");
  const format = useFormatter();
  const quantityText = useQuantityText();
  const money = (minor: number) => moneyText(format, minor, currency);
  return (e) => {
    if (e.kind === "paid") return [[e.method ? t(`methods.${e.method}` as never) : "", e.reference ? t("referenceLine", { reference: e.reference }) : ""].filter(Boolean).join(" · ")];
    if (e.kind === "adjustment") return [e.reason ?? ""];
    const lines = [t("goodsLine", { product: e.productName ?? "", quantity: quantityText(e.quantity ?? 0, e.unit ?? ""), price: money(e.unitPriceMinor ?? 0) })];
    if (e.shipmentCode) lines.push(t("shipmentLine", { shipment: e.shipmentCode, lot: e.lotCode ?? "" }));
    if (e.reserveMinor) {
      const percent = format.number((e.reserveBasisPoints ?? 0) / 10_000, { style: "percent", maximumFractionDigits: 2 });
      lines.push(t("reserveLine", { percent, reserve: money(e.reserveMinor), gross: money(e.grossMinor ?? 0) }));
    }
    return lines;
  };
}

/** A member's entries, newest first, each with its amount and the balance after it. */
export function LedgerEntries({ entries, currency }: { entries: LedgerEntry[]; currency: string }) {
  const t = useTranslations("payouts");
  const format = useFormatter();
  const linesOf = useEntryLines(currency);
  const day = (e: LedgerEntry) =>
    e.paidOn ? format.dateTime(new Date(`${e.paidOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : format.dateTime(e.createdAt, { dateStyle: "medium" });
  return (
    <ol className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="ledger-entries">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-3" data-testid="ledger-entry">
          <div className="min-w-0 flex-1">
            <p className="font-medium">
              {t(`kinds.${e.kind}`)} <span className="text-sm font-normal text-stone-600">· {day(e)}</span>
            </p>
            {linesOf(e).map((line, i) => (
              <p key={i} className="text-sm break-words text-stone-700">
                {line}
              </p>
            ))}
          </div>
          <div className="text-right">
            <p className={cn("font-semibold tabular-nums", e.amountMinor < 0 ? "text-stone-900" : "text-emerald-800")} data-testid="entry-amount">
              {moneyText(format, e.amountMinor, currency, true)}
            </p>
            <p className="text-sm text-stone-600 tabular-nums">{t("balanceAfter", { amount: moneyText(format, e.balanceMinor, currency) })}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
