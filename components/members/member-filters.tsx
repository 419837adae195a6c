import Link from "next/link";
import { useTranslations } from "next-intl";
import { applyMemberFilters } from "@/app/(app)/members/actions";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { AGE_BANDS, GENDERS, MEMBER_SORTS, MEMBER_STATUSES, SKILLS, type MemberFilters } from "@/lib/members/filters";
import type { Places } from "@/lib/geography/list-places";

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  const t = useTranslations("members");
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={controlClass}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Posts to a server action that turns the choice into a shareable URL (a phone search stays out of it). */
export function MemberFilters({ filters, places }: { filters: MemberFilters; places: Places }) {
  const t = useTranslations("members");
  const named = (rows: { id: string; name: string }[]) => rows.map((r) => ({ value: r.id, label: r.name }));
  const values = (list: readonly string[], ns: "statuses" | "genders" | "skills" | "ageBands") => list.map((v) => ({ value: v, label: t(`${ns}.${v}` as never) }));
  return (
    <form action={applyMemberFilters} className="mb-4 space-y-3 rounded-md border border-stone-200 bg-white p-4" role="search">
      <div>
        <label htmlFor="filter-q" className="block text-sm font-medium">
          {t("search")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("searchHint")} className={controlClass} maxLength={100} />
      </div>
      <details open={Object.entries(filters).some(([k, v]) => k !== "q" && k !== "sort" && v)}>
        <summary className="cursor-pointer py-2 text-sm font-medium text-brand-700">{t("moreFilters")}</summary>
        <div className="grid grid-cols-1 gap-3 pt-2 sm:grid-cols-2 lg:grid-cols-4">
          <Select name="region" label={t("region")} value={filters.region} options={named(places.regions)} />
          <Select name="district" label={t("district")} value={filters.district} options={named(places.districts)} />
          <Select name="village" label={t("village")} value={filters.village} options={named(places.villages)} />
          <Select name="group" label={t("group")} value={filters.group} options={places.groups.map((g) => ({ value: g.id, label: g.name }))} />
          <Select name="status" label={t("status")} value={filters.status} options={values(MEMBER_STATUSES, "statuses")} />
          <Select name="gender" label={t("gender")} value={filters.gender} options={values(GENDERS, "genders")} />
          <Select name="skill" label={t("skill")} value={filters.skill} options={values(SKILLS, "skills")} />
          <Select name="age" label={t("age")} value={filters.age} options={values(AGE_BANDS, "ageBands")} />
        </div>
      </details>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="filter-sort" className="block text-sm font-medium">
            {t("sort")}
          </label>
          <select id="filter-sort" name="sort" defaultValue={filters.sort ?? "name"} className={controlClass}>
            {MEMBER_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href="/members" className={buttonClass("ghost")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
