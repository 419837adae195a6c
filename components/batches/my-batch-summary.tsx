import { useFormatter, useTranslations } from "next-intl";
import { useQuantityText } from "@/components/ui/use-quantity-text";
import { DetailList } from "@/components/ui/detail-list";
import type { MyBatch } from "@/lib/batches/get-my-batch";

/** The producer's view of their batch: what, how much, when, and the decided quantities. */
export function MyBatchSummary({ batch }: { batch: MyBatch }) {
  const t = useTranslations("batches");
  const format = useFormatter();
  const quantityText = useQuantityText();
  const day = (value: string) => format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const amount = (value: number) => quantityText(value, batch.unit);
  const rows: [string, string][] = [
    [t("lotCode"), batch.lotCode],
    [t("product"), `${batch.productName} (${batch.sku})`],
    [t("quantity"), amount(batch.quantity)],
    [t("producedFrom"), day(batch.producedFrom)],
    [t("producedTo"), day(batch.producedTo)],
  ];
  if (batch.submittedAt) rows.push([t("submittedAt"), format.dateTime(batch.submittedAt, { dateStyle: "medium" })]);
  if (batch.acceptedQuantity !== null) {
    rows.push([t("accepted"), amount(batch.acceptedQuantity)]);
    rows.push([t("rejected"), amount(batch.rejectedQuantity ?? 0)]);
  }
  if (batch.notes) rows.push([t("notes"), batch.notes]);
  return <DetailList rows={rows} />;
}
