import { useTranslations } from "next-intl";
import { useQuantityText } from "@/components/ui/use-quantity-text";
import { DetailList } from "@/components/ui/detail-list";
import type { InspectionDetails } from "@/lib/inspections/get-inspection";

/** What is being inspected: the lot, its product and who made it. */
export function LotSummary({ batch }: { batch: InspectionDetails["batch"] }) {
  const t = useTranslations("batches");
  const quantityText = useQuantityText();
  return (
    <DetailList
      rows={[
        [t("lotCode"), batch.lotCode],
        [t("product"), batch.productName],
        [t("producer"), batch.producerName],
        [t("village"), batch.villageName],
        [t("quantity"), quantityText(batch.quantity, batch.unit)],
      ]}
    />
  );
}
