import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ShipmentForm } from "@/components/shipments/shipment-form";
import { PageHeader } from "@/components/ui/page-header";
import { shipmentFormOptions } from "@/lib/shipments/form-options";
import { NEW_SHIPMENT } from "@/lib/shipments/form-values";
import { loadPage } from "../../load-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shipments"))("newTitle") };
}

export default async function NewShipmentPage() {
  const { data: options } = await loadPage("shipment.manage", shipmentFormOptions);
  const t = await getTranslations("shipments");
  return (
    <>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <ShipmentForm initial={NEW_SHIPMENT} buyers={options.buyers} markets={options.markets} />
    </>
  );
}
