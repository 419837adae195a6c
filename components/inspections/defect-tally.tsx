import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { DefectCounts } from "@/lib/inspections/outcome";
import { computedDecision, DEFECT_CLASSES, type DefectClass, type LotPlans } from "@/lib/qc/decision";
import { OutcomeBadge } from "./outcome-badge";

// Critical defects reject at the first one whatever the plan says; the others at their Re.
function overLimit(defectClass: DefectClass, count: number, plans: LotPlans): boolean {
  return defectClass === "critical" ? count > 0 : count >= plans[defectClass].reject;
}

/** Defects per class against the plan's limits, said in words as well as colour, and the decision they give. */
export function DefectTally({ counts, plan, sticky = false }: { counts: DefectCounts; plan: LotPlans; sticky?: boolean }) {
  const t = useTranslations("inspections.tally");
  const tClass = useTranslations("inspections.defectClasses");
  return (
    <section
      aria-labelledby="tally-title"
      data-testid="defect-tally"
      className={cn("rounded-md border border-stone-300 bg-white p-3", sticky && "sticky bottom-0 z-10 shadow-[0_-4px_12px_rgba(0,0,0,0.08)]")}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="tally-title" className="font-semibold">
          {t("title")}
        </h2>
        <p className="flex items-center gap-2" aria-live="polite" data-testid="counts-decision">
          <span className="text-sm text-stone-700">{t("gives")}</span>
          <OutcomeBadge outcome={computedDecision(counts, plan)} />
        </p>
      </div>
      <ul className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-3">
        {DEFECT_CLASSES.map((defectClass) => {
          const over = overLimit(defectClass, counts[defectClass], plan);
          return (
            <li
              key={defectClass}
              data-testid={`tally-${defectClass}`}
              className={cn("rounded-md border px-3 py-2", over ? "border-red-300 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50 text-emerald-900")}
            >
              <span className="font-semibold">{tClass(defectClass)}</span>: {t("defects", { count: counts[defectClass] })}
              <span className="block text-sm">
                {over ? t("over") : t("within")}
                {defectClass === "critical" ? null : ` · ${t("limits", { min: plan[defectClass].accept, max: plan[defectClass].reject })}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
