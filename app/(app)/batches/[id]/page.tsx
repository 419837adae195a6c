import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BatchSummary } from "@/components/batches/batch-summary";
import { DecisionHistory } from "@/components/batches/decision-history";
import { StatusBadge } from "@/components/batches/status-badge";
import { DecisionForm } from "@/components/inspections/decision-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { getBatch } from "@/lib/batches/get-batch";
import { DomainError } from "@/lib/errors/domain-errors";

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
  const t = await getTranslations("batches");
  const decidable = can(ctx, "inspection.decide") && (batch.status === "submitted" || batch.status === "in_inspection");
  return (
    <div className="space-y-6">
      {logged ? <Alert tone="success">{t("submitted", { lotCode: batch.lotCode })}</Alert> : null}
      <PageHeader title={t("detailTitle", { lotCode: batch.lotCode })} actions={<StatusBadge status={batch.status} />} />
      <BatchSummary batch={batch} />
      {decidable ? <DecisionForm batchId={batch.id} quantity={batch.quantity} /> : <DecisionHistory decisions={batch.decisions} />}
      {ctx.role === "producer" ? (
        <Link href="/my-batches" className="inline-block text-brand-700 underline">
          {t("backToList")}
        </Link>
      ) : null}
    </div>
  );
}
