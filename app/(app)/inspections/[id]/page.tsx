import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApprovalActions } from "@/components/inspections/approval-actions";
import { DecisionSummary } from "@/components/inspections/decision-summary";
import { DefectTally } from "@/components/inspections/defect-tally";
import { initialValues } from "@/components/inspections/form-values";
import { InspectionAnswers } from "@/components/inspections/inspection-answers";
import { InspectionForm } from "@/components/inspections/inspection-form";
import { InspectionStatusBadge } from "@/components/inspections/inspection-status-badge";
import { LotSummary } from "@/components/inspections/lot-summary";
import { SamplingPlanCard } from "@/components/inspections/sampling-plan-card";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { localItems } from "@/lib/inspections/item-text";
import { loadInspection } from "./load-inspection";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string; approved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { inspection } = await loadInspection((await params).id);
  return { title: (await getTranslations("inspections"))("title", { lotCode: inspection.batch.lotCode }) };
}

export default async function InspectionPage({ params, searchParams }: Props) {
  const { ctx, inspection } = await loadInspection((await params).id);
  const { submitted, approved } = await searchParams;
  const t = await getTranslations("inspections");
  const items = localItems(inspection.checklist.items, ctx.locale);
  const mine = inspection.inspectorId === ctx.userId;
  const editing = inspection.status === "in_progress" && mine;
  return (
    <div className="space-y-6">
      {submitted && inspection.status === "awaiting_approval" ? <Alert tone="success">{t("review.submitted")}</Alert> : null}
      {approved && inspection.status === "approved" ? <Alert tone="success">{t("approval.approved")}</Alert> : null}
      <PageHeader title={t("title", { lotCode: inspection.batch.lotCode })} actions={<InspectionStatusBadge status={inspection.status} />} />
      <LotSummary batch={inspection.batch} />
      <SamplingPlanCard plan={inspection.plan} lotSize={inspection.lotSize} level={inspection.level} sampleSize={inspection.sampleSize} />
      {editing ? (
        <InspectionForm
          inspectionId={inspection.id}
          items={items}
          plan={inspection.plan}
          lotSize={inspection.lotSize}
          initial={initialValues(items, inspection.results, inspection)}
          sentBackNote={inspection.sentBackNote}
        />
      ) : (
        <>
          {inspection.status === "in_progress" ? <p className="text-stone-700">{t("review.inProgressBy", { name: inspection.inspectorName })}</p> : null}
          <DefectTally counts={inspection.counts} plan={inspection.plan} />
          <InspectionAnswers items={items} results={inspection.results} />
          {inspection.status !== "in_progress" ? <DecisionSummary inspection={inspection} /> : null}
          {inspection.status === "awaiting_approval" && mine ? (
            <p className="rounded-md border border-sky-200 bg-sky-50 p-4 text-sky-900" data-testid="second-needed">
              {t("review.secondNeeded")}
            </p>
          ) : null}
          {inspection.status === "awaiting_approval" && !mine && can(ctx, "inspection.approve") ? <ApprovalActions inspectionId={inspection.id} /> : null}
        </>
      )}
    </div>
  );
}
