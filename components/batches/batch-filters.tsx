import Form from "next/form";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { LISTED_STATUSES, PERIOD_BASES, type BatchFilters } from "@/lib/batches/filters";

type Option = { value: string; label: string };

function Select({ name, label, value, options, anyLabel }: { name: string; label: string; value?: string; options: Option[]; anyLabel?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={controlClass}>
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type Props = {
  filters: BatchFilters;
  lines: { id: string; name: string }[];
  products: { id: string; name: string }[];
  villages: { id: string; name: string }[];
};

/** A GET form: the chosen filters become the URL, so a filtered list can be shared or bookmarked. */
export function BatchFilterForm({ filters, lines, products, villages }: Props) {
  const t = useTranslations("batchList");
  const tStatus = useTranslations("status");
  const named = (rows: { id: string; name: string }[]) => rows.map((r) => ({ value: r.id, label: r.name }));
  const any = t("any");
  return (
    <Form action="/batches" className="mb-4 space-y-3 rounded-md border border-stone-200 bg-white p-4" role="search">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select name="line" label={t("line")} value={filters.line} options={named(lines)} anyLabel={any} />
        <Select name="product" label={t("product")} value={filters.product} options={named(products)} anyLabel={any} />
        <Select name="village" label={t("village")} value={filters.village} options={named(villages)} anyLabel={any} />
        <Select name="status" label={t("status")} value={filters.status} options={LISTED_STATUSES.map((s) => ({ value: s, label: tStatus(s) }))} anyLabel={any} />
        <Select name="period" label={t("period")} value={filters.period} options={PERIOD_BASES.map((p) => ({ value: p, label: t(`periodBases.${p}`) }))} />
        {(["from", "to"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
              {t(name)}
            </label>
            <input id={`filter-${name}`} name={name} type="date" defaultValue={filters[name] ?? ""} className={controlClass} />
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href="/batches" className={buttonClass("ghost")}>
          {t("clear")}
        </Link>
      </div>
    </Form>
  );
}
