import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import type { Places } from "@/lib/geography/list-places";
import type { BalanceGrouping, LedgerFilters as Filters } from "@/lib/payouts/schemas";

/** A plain GET form: the filters become the page's URL, so a filtered list can be shared and exported. */
export function LedgerFilters({ groupBy, filters, places }: { groupBy: BalanceGrouping; filters: Filters; places: Places }) {
  const t = useTranslations("payouts");
  const choices = [
    { name: "village" as const, options: places.villages },
    { name: "group" as const, options: places.groups },
  ];
  return (
    <form action="/payouts" method="get" role="search" className="mb-4 space-y-3 rounded-md border border-stone-200 bg-white p-4">
      <input type="hidden" name="by" value={groupBy} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Field id="payout-filter-q" label={t("search")}>
          <input id="payout-filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("searchHint")} className={controlClass} maxLength={100} />
        </Field>
        {choices.map(({ name, options }) => (
          <Field key={name} id={`payout-filter-${name}`} label={t(`groupings.${name}`)}>
            <select id={`payout-filter-${name}`} name={name} defaultValue={filters[name] ?? ""} className={controlClass}>
              <option value="">{t("any")}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="due" value="1" defaultChecked={filters.due === "1"} className="size-5" />
          {t("onlyDue")}
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href={`/payouts?by=${groupBy}`} className={buttonClass("ghost")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
