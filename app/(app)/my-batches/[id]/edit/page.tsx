import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LogBatchForm } from "@/components/batches/log-batch-form";
import { PageHeader } from "@/components/ui/page-header";
import { batchFormOptions } from "@/lib/batches/form-options";
import { loadMyBatch } from "../load-my-batch";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { batch } = await loadMyBatch((await params).id);
  return { title: (await getTranslations("batches"))("editTitle", { lotCode: batch.lotCode }) };
}

export default async function EditMyBatchPage({ params }: Props) {
  const { ctx, batch } = await loadMyBatch((await params).id);
  // A submitted batch is read-only: its page shows it as it is.
  if (!batch.editable) redirect(`/my-batches/${batch.id}`);
  const [t, options] = await Promise.all([getTranslations("batches"), batchFormOptions(ctx, batch.lineId)]);
  // A material no longer allowed for the line cannot be kept: the form starts without it.
  const allowed = new Set((options.materialsByLine[batch.lineId] ?? []).map((m) => m.id));
  const initial = {
    productId: batch.productId,
    quantity: String(batch.quantity),
    producedFrom: batch.producedFrom,
    producedTo: batch.producedTo,
    notes: batch.notes ?? "",
    materials: batch.materials.filter((m) => allowed.has(m.id)).map((m) => ({ materialId: m.id, dyeLot: m.dyeLot ?? "" })),
    photoIds: batch.photos.map((p) => p.id),
  };
  return (
    <>
      <PageHeader title={t("editTitle", { lotCode: batch.lotCode })} intro={t("editIntro")} />
      <LogBatchForm {...options} today={new Date().toISOString().slice(0, 10)} edit={{ batchId: batch.id, initial, photos: batch.photos }} />
    </>
  );
}
