import Form from "next/form";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { LABEL_STATUSES } from "@/lib/labels/label-fields";

type Props = { status?: string; market?: string; markets: readonly string[] };

/** A GET form: the chosen filters become the URL, so a filtered list can be shared or bookmarked. */
export function LabelFilters({ status, market, markets }: Props) {
  const t = useTranslations("labels");
  const selects = [
    { name: "status", value: status, options: LABEL_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })) },
    { name: "market", value: market, options: markets.map((m) => ({ value: m, label: t(`markets.${m}`) })) },
  ] as const;
  return (
    <Form action="/labels" className="mb-4 space-y-3 rounded-md border border-stone-200 bg-white p-4" role="search">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {selects.map((select) => (
          <div key={select.name}>
            <label htmlFor={`filter-${select.name}`} className="block text-sm font-medium">
              {t(`columns.${select.name}`)}
            </label>
            <select id={`filter-${select.name}`} name={select.name} defaultValue={select.value ?? ""} className={controlClass}>
              <option value="">{t("filters.any")}</option>
              {select.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href="/labels" className={buttonClass("ghost")}>
          {t("filters.clear")}
        </Link>
      </div>
    </Form>
  );
}
