import { useFormatter, useTranslations } from "next-intl";
import type { LedgerSums } from "@/lib/payouts/ledger-sums";
import { moneyText } from "./money";

const KEYS = ["owed", "paid", "adjusted", "balance"] as const;

/** Owed, paid, adjusted and balance as four figures; `audience` picks the wording for staff or for the producer. */
export function BalanceSummary({ sums, currency, audience }: { sums: LedgerSums; currency: string; audience: "staff" | "producer" }) {
  const t = useTranslations("payouts");
  const format = useFormatter();
  const values = { owed: sums.owedMinor, paid: sums.paidMinor, adjusted: sums.adjustedMinor, balance: sums.balanceMinor };
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="balance-summary">
      {KEYS.map((key) => (
        <div key={key} className={key === "balance" ? "rounded-md border border-brand-100 bg-brand-50 p-3" : "rounded-md border border-stone-200 bg-white p-3"}>
          <dt className="text-sm text-stone-600">{t(`${audience}Sums.${key}`)}</dt>
          <dd className="text-lg font-semibold tabular-nums break-words" data-testid={`sum-${key}`}>
            {moneyText(format, values[key], currency)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
