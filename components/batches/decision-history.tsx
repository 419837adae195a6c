import { useFormatter, useTranslations } from "next-intl";
import { OutcomeBadge } from "@/components/inspections/outcome-badge";
import type { BatchDecision } from "@/lib/batches/batch-decisions";

export function DecisionHistory({ decisions }: { decisions: BatchDecision[] }) {
  const t = useTranslations("batches");
  const tReview = useTranslations("inspections.review");
  const format = useFormatter();
  return (
    <section aria-labelledby="decisions-title" className="space-y-3">
      <h2 id="decisions-title" className="text-lg font-semibold">
        {t("decisions")}
      </h2>
      {decisions.length === 0 ? <p className="text-stone-600">{t("noDecisions")}</p> : null}
      <ul className="space-y-2">
        {decisions.map((d) => (
          <li key={d.id} className="rounded-md border border-stone-200 bg-white p-4" data-testid="decision">
            <div className="flex flex-wrap items-center justify-between gap-2">
              {d.outcome ? <OutcomeBadge outcome={d.outcome} /> : null}
              {d.approvedAt ? (
                <span className="text-sm text-stone-600">{t("decidedBy", { name: d.inspectorName, date: format.dateTime(d.approvedAt, { dateStyle: "medium" }) })}</span>
              ) : null}
            </div>
            {d.acceptedQuantity !== null ? (
              <p className="mt-2">
                {t("accepted")}: {t("pieces", { count: d.acceptedQuantity })}
              </p>
            ) : null}
            {d.remarks ? (
              <p className="mt-1 whitespace-pre-line text-stone-700">
                {tReview("remarks")}: {d.remarks}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
