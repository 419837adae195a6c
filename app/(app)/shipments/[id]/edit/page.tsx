import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ShipmentForm } from "@/components/shipments/shipment-form";
import { PageHeader } from "@/components/ui/page-header";
import { shipmentFormOptions } from "@/lib/shipments/form-options";
import { shipmentFormValues } from "@/lib/shipments/form-values";
import { getShipment } from "@/lib/shipments/get-shipment";
import { loadPage } from "../../../load-page";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shipments"))("editTitle") };
}

export default async function EditShipmentPage({ params }: Props) {
  const { id } = await params;
  const {
    data: [shipment, options],
  } = await loadPage("shipment.manage", (ctx) => Promise.all([getShipment(ctx, id), shipmentFormOptions(ctx)]));
  if (shipment.status !== "planning") notFound();
  const t = await getTranslations("shipments");
  // An archived buyer stays selectable on the shipment that already names them.
  const buyers = options.buyers.some((b) => b.id === shipment.buyerId) ? options.buyers : [{ id: shipment.buyerId, name: shipment.buyer.name, currency: shipment.currency }, ...options.buyers];
  return (
    <>
      <PageHeader title={t("editHeading", { code: shipment.code })} />
      <ShipmentForm shipmentId={shipment.id} initial={shipmentFormValues(shipment)} buyers={buyers} markets={options.markets} />
    </>
  );
}
