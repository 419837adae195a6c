import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DecisionHistory } from "@/components/batches/decision-history";
import { BatchMaterialsList } from "@/components/batches/batch-materials-list";
import { BatchPhotos } from "@/components/batches/batch-photos";
import { MyBatchSummary } from "@/components/batches/my-batch-summary";
import { StatusBadge } from "@/components/batches/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { loadMyBatch } from "./load-my-batch";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { batch } = await loadMyBatch((await params).id);
  return { title: batch.lotCode };
}

export default async function MyBatchPage({ params, searchParams }: Props) {
  const [{ batch }, { saved }, t] = await Promise.all([loadMyBatch((await params).id), searchParams, getTranslations("batches")]);
  const note = batch.status === "draft" ? t("draftNote") : batch.status === "rework" ? t("reworkNote") : undefined;
  return (
    <div className="space-y-6">
      {saved === "submitted" ? <Alert tone="success">{t("submitted", { lotCode: batch.lotCode })}</Alert> : null}
      {saved === "draft" ? <Alert tone="success">{t("draftSaved", { lotCode: batch.lotCode })}</Alert> : null}
      <PageHeader
        title={t("detailTitle", { lotCode: batch.lotCode })}
        intro={note}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <StatusBadge status={batch.status} />
            {batch.editable ? (
              <Link href={`/my-batches/${batch.id}/edit`} className={buttonClass("primary")}>
                {t("edit")}
              </Link>
            ) : null}
          </div>
        }
      />
      <MyBatchSummary batch={batch} />
      <BatchMaterialsList materials={batch.materials} />
      <BatchPhotos photos={batch.photos} lotCode={batch.lotCode} />
      {batch.status === "draft" ? null : <DecisionHistory decisions={batch.decisions} />}
      <Link href="/my-batches" className="inline-block text-brand-700 underline">
        {t("backToList")}
      </Link>
    </div>
  );
}
