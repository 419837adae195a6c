import { useFormatter, useTranslations } from "next-intl";
import { useQuantityText } from "@/components/ui/use-quantity-text";
import { DetailList } from "@/components/ui/detail-list";
import type { InspectionDetails } from "@/lib/inspections/get-inspection";

/** What the inspector decided beside what the counts gave, and who signed it off. */
export function DecisionSummary({ inspection }: { inspection: InspectionDetails }) {
  const t = useTranslations("inspections.review");
  const tOutcome = useTranslations("outcome");
  const format = useFormatter();
  const quantityText = useQuantityText();
  const date = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, string][] = [[t("computed"), tOutcome(inspection.computedOutcome ?? inspection.countsDecision)]];
  if (inspection.outcome) rows.push([t("chosen"), tOutcome(inspection.outcome)]);
  if (inspection.overrideReason) rows.push([t("overrideReason"), inspection.overrideReason]);
  if (inspection.acceptedQuantity !== null) rows.push([t("acceptedQuantity"), quantityText(inspection.acceptedQuantity, inspection.batch.unit)]);
  if (inspection.remarks) rows.push([t("remarks"), inspection.remarks]);
  rows.push([t("inspector"), inspection.inspectorName]);
  if (inspection.submittedAt) rows.push([t("submittedAt"), date(inspection.submittedAt)]);
  if (inspection.approverName) rows.push([t("approver"), inspection.approverName]);
  if (inspection.approvedAt) rows.push([t("approvedAt"), date(inspection.approvedAt)]);
  return (
    <section aria-labelledby="decision-title" className="space-y-2" data-testid="decision-summary">
      <h2 id="decision-title" className="text-lg font-semibold">
        {t("chosen")}
      </h2>
      <DetailList rows={rows} />
    </section>
  );
}
