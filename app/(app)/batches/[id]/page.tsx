import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BatchSummary } from "@/components/batches/batch-summary";
import { DecisionHistory } from "@/components/batches/decision-history";
import { StatusBadge } from "@/components/batches/status-badge";
import { StartInspectionButton } from "@/components/inspections/start-inspection-button";
import { BatchShipmentsSection } from "@/components/shipments/batch-shipments-section";
import { BatchFeedback } from "@/components/trace/batch-feedback";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { getBatch } from "@/lib/batches/get-batch";
import { DomainError } from "@/lib/errors/domain-errors";
import { openInspectionFor } from "@/lib/inspections/open-inspection-for";
import { batchShipments } from "@/lib/shipments/batch-shipments";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ logged?: string }> };

async function load(id: string) {
  const ctx = await requireSession();
  if (!can(ctx, "batch.read")) notFound();
  try {
    return { ctx, batch: await getBatch(ctx, id) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { batch } = await load((await params).id);
  return { title: batch.lotCode };
}

export default async function BatchPage({ params, searchParams }: Props) {
  const { ctx, batch } = await load((await params).id);
  const { logged } = await searchParams;
  const [t, tInspections] = await Promise.all([getTranslations("batches"), getTranslations("inspections")]);
  const openInspectionId = batch.status === "in_inspection" && can(ctx, "inspection.queue") ? await openInspectionFor(ctx, batch.id) : null;
  const shipped = (batch.status === "accepted" || batch.status === "partially_accepted") && can(ctx, "trace.read");
  const shipments = shipped ? await batchShipments(ctx, batch.id) : null;
  return (
    <div className="space-y-6">
      {logged ? <Alert tone="success">{t("submitted", { lotCode: batch.lotCode })}</Alert> : null}
      <PageHeader title={t("detailTitle", { lotCode: batch.lotCode })} actions={<StatusBadge status={batch.status} />} />
      <BatchSummary batch={batch} />
      {batch.status === "submitted" && can(ctx, "inspection.perform") ? <StartInspectionButton batchId={batch.id} lotCode={batch.lotCode} /> : null}
      {openInspectionId ? (
        <Link href={`/inspections/${openInspectionId}`} className={buttonClass("primary")}>
          {tInspections("openInspection")}
        </Link>
      ) : null}
      <DecisionHistory decisions={batch.decisions} />
      {shipments ? <BatchShipmentsSection shipments={shipments} allocated={batch.allocatedQuantity} accepted={batch.acceptedQuantity ?? 0} /> : null}
      <BatchFeedback ctx={ctx} batch={batch} />
      {ctx.role === "producer" ? (
        <Link href="/my-batches" className="inline-block text-brand-700 underline">
          {t("backToList")}
        </Link>
      ) : null}
    </div>
  );
}
