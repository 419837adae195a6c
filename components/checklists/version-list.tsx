import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ChecklistOverview } from "@/lib/checklists/get-checklist-overview";

/** A line's checklist versions, newest first. */
export function VersionList({ versions }: { versions: ChecklistOverview["versions"] }) {
  const t = useTranslations("checklists");
  const format = useFormatter();
  if (versions.length === 0) return <p className="text-stone-600">{t("noVersions")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="checklist-versions">
      {versions.map((v) => (
        <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <span className="min-w-0">
            <span className="block font-medium">{t("version", { value: v.version })}</span>
            <span className="block text-sm text-stone-600">
              {t("itemCount", { count: v.itemCount })}
              {v.publishedAt ? ` · ${t("publishedBy", { date: format.dateTime(v.publishedAt, { dateStyle: "medium" }), name: v.publishedByName ?? "" })}` : ""}
            </span>
          </span>
          <span
            className={cn(
              "inline-block rounded-full px-2.5 py-0.5 text-sm font-medium",
              v.status === "published" ? "bg-emerald-100 text-emerald-800" : "bg-amber-100 text-amber-800",
            )}
          >
            {t(`statuses.${v.status}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
