import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { BalanceRow } from "@/lib/payouts/balances";
import type { BalanceGrouping, LedgerFilters } from "@/lib/payouts/schemas";
import { ledgerQuery } from "@/lib/payouts/request-query";
import { moneyText } from "./money";

const cell = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/** Balances per village or group; a name opens that village's or group's producers. */
export function BalanceTable({ rows, groupBy, filters, currency }: { rows: BalanceRow[]; groupBy: Exclude<BalanceGrouping, "member">; filters: LedgerFilters; currency: string }) {
  const t = useTranslations("payouts");
  const format = useFormatter();
  const money = (minor: number) => moneyText(format, minor, currency);
  const href = (id: string | null) => (id ? `/payouts?${ledgerQuery(filters, { by: "member", [groupBy === "village" ? "village" : "group"]: id })}` : null);
  return (
    <div className="overflow-x-auto rounded-md border border-stone-200 bg-white">
      <table className="min-w-full text-sm" data-testid="balance-table">
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              {t(`groupings.${groupBy}`)}
            </th>
            {(["owed", "paid", "adjusted", "balance"] as const).map((key) => (
              <th key={key} scope="col" className={cell}>
                {t(`staffSums.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((r) => {
            const link = href(r.id);
            const name = r.name || t("noGroup");
            return (
              <tr key={r.id ?? "none"}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {link ? (
                    <Link href={link} className="text-brand-700 underline">
                      {name}
                    </Link>
                  ) : (
                    name
                  )}
                </th>
                <td className={cell}>{money(r.owedMinor)}</td>
                <td className={cell}>{money(r.paidMinor)}</td>
                <td className={cell}>{money(r.adjustedMinor)}</td>
                <td className={`${cell} font-semibold`}>{money(r.balanceMinor)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
