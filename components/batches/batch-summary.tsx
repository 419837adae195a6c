import { DetailList } from "@/components/ui/detail-list";
import { useFormatter, useTranslations } from "next-intl";
import type { BatchDetails } from "@/lib/batches/get-batch";

export function BatchSummary({ batch }: { batch: BatchDetails }) {
  const t = useTranslations("batches");
  const format = useFormatter();
  const rows: [string, string][] = [
    [t("product"), `${batch.productName} (${batch.sku})`],
    [t("quantity"), t("pieces", { count: batch.quantity })],
    [t("producer"), `${batch.producerName} · ${batch.memberNumber}`],
    [t("village"), batch.villageName],
    [t("producedFrom"), format.dateTime(new Date(`${batch.producedFrom}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })],
    [t("producedTo"), format.dateTime(new Date(`${batch.producedTo}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })],
  ];
  if (batch.acceptedQuantity !== null) {
    rows.push([t("accepted"), t("pieces", { count: batch.acceptedQuantity })]);
    rows.push([t("rejected"), t("pieces", { count: batch.rejectedQuantity ?? 0 })]);
  }
  if (batch.notes) rows.push([t("notes"), batch.notes]);
  return <DetailList rows={rows} />;
}
