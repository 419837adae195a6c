import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** The export documents, generated on request as PDFs. */
export function DocumentLinks({ shipmentId }: { shipmentId: string }) {
  const t = useTranslations("shipments");
  return (
    <nav aria-label={t("documents")} className="flex flex-wrap gap-3">
      <a href={`/api/shipments/${shipmentId}/packing-list`} className={buttonClass("secondary")}>
        {t("packingList")}
      </a>
      <a href={`/api/shipments/${shipmentId}/invoice`} className={buttonClass("secondary")}>
        {t("invoice")}
      </a>
    </nav>
  );
}
