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
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-md border border-stone-200 bg-white p-4 sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-stone-600">{label}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
