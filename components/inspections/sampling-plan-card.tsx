import { useFormatter, useTranslations } from "next-intl";
import { DEFECT_CLASSES, type LotPlans } from "@/lib/qc/decision";

type Props = { plan: LotPlans; lotSize: number; level: string; sampleSize: number };

/** The ISO 2859-1 plan the inspector follows: how many units to draw, and Ac/Re per defect class. */
export function SamplingPlanCard({ plan, lotSize, level, sampleSize }: Props) {
  const t = useTranslations("inspections.plan");
  const tClass = useTranslations("inspections.defectClasses");
  const format = useFormatter();
  const codeLetter = plan.major.codeLetter;
  return (
    <section aria-labelledby="plan-title" className="space-y-3 rounded-md border border-stone-200 bg-white p-4" data-testid="sampling-plan">
      <h2 id="plan-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-stone-600">{t("lotSize")}</dt>
          <dd className="font-medium">{format.number(lotSize)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{t("level")}</dt>
          <dd className="font-medium">{level}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{t("codeLetter")}</dt>
          <dd className="font-medium">{codeLetter}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{t("sampleSize")}</dt>
          <dd className="text-2xl font-semibold" data-testid="sample-size">
            {format.number(sampleSize)}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-stone-600">{t("sampleHint")}</p>
      <ul className="grid gap-3 sm:grid-cols-3">
        {DEFECT_CLASSES.map((defectClass) => {
          const p = plan[defectClass];
          return (
            <li key={defectClass} className="rounded-md border border-stone-200 p-3" data-testid={`plan-${defectClass}`}>
              <h3 className="font-semibold">{tClass(defectClass)}</h3>
              <dl className="mt-1 space-y-1 text-sm">
                <div className="flex justify-between gap-2">
                  <dt className="text-stone-600">{t("aql")}</dt>
                  <dd className="font-medium">{format.number(p.aql)}</dd>
                </div>
                <div className="flex justify-between gap-2">
                  <dt className="text-stone-600">{t("accept")}</dt>
                  <dd className="font-medium">{p.accept}</dd>
                </div>
                <div className="flex justify-between gap-2">
                  <dt className="text-stone-600">{t("reject")}</dt>
                  <dd className="font-medium">{p.reject}</dd>
                </div>
              </dl>
              {p.planLetter !== p.codeLetter ? <p className="mt-2 text-sm text-stone-600">{t("arrow", { value: p.planLetter, count: p.sampleSize })}</p> : null}
              {defectClass === "critical" ? <p className="mt-2 text-sm text-stone-600">{t("criticalRule")}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
