import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { ledgerQuery } from "@/lib/payouts/request-query";
import { BALANCE_GROUPINGS, type BalanceGrouping, type LedgerFilters } from "@/lib/payouts/schemas";

/** Balances by producer, village or group, keeping the filters. */
export function GroupingTabs({ groupBy, filters }: { groupBy: BalanceGrouping; filters: LedgerFilters }) {
  const t = useTranslations("payouts");
  return (
    <nav aria-label={t("groupedBy")} className="mb-4 flex flex-wrap gap-2">
      {BALANCE_GROUPINGS.map((g) => (
        <Link
          key={g}
          href={`/payouts?${ledgerQuery(filters, { by: g })}`}
          aria-current={g === groupBy ? "page" : undefined}
          className={cn("inline-flex min-h-11 items-center rounded-md border px-4", g === groupBy ? "border-brand-600 bg-brand-50 font-medium text-brand-900" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100")}
        >
          {t(`byGrouping.${g}`)}
        </Link>
      ))}
    </nav>
  );
}
