import { useFormatter, useTranslations } from "next-intl";
import { DetailList } from "@/components/ui/detail-list";
import type { InspectionDetails } from "@/lib/inspections/get-inspection";

/** What is being inspected: the lot, its product and who made it. */
export function LotSummary({ batch }: { batch: InspectionDetails["batch"] }) {
  const t = useTranslations("batches");
  const format = useFormatter();
  return (
    <DetailList
      rows={[
        [t("lotCode"), batch.lotCode],
        [t("product"), batch.productName],
        [t("producer"), batch.producerName],
        [t("village"), batch.villageName],
        [t("quantity"), `${format.number(batch.quantity)} ${batch.unit}`],
      ]}
    />
  );
}
