import type { Ctx } from "@/lib/auth/context";
import { loadShipmentDocument } from "./load-shipment-document";
import { renderCommercialInvoice } from "./render-commercial-invoice";
import { renderPackingList } from "./render-packing-list";

const RENDERERS = { "packing-list": renderPackingList, invoice: renderCommercialInvoice };

export type ShipmentDocumentKind = keyof typeof RENDERERS;

/** A shipment's packing list or commercial invoice as a PDF named after the shipment, dated today in the association's calendar. */
export async function shipmentDocumentFor(ctx: Ctx, shipmentId: string, kind: ShipmentDocumentKind): Promise<{ filename: string; bytes: Buffer }> {
  const data = await loadShipmentDocument(ctx, shipmentId);
  // en-CA writes dates as YYYY-MM-DD.
  const issuedOn = new Intl.DateTimeFormat("en-CA", { timeZone: data.association.timezone }).format(new Date());
  return { filename: `${kind}-${data.shipment.code}.pdf`, bytes: await RENDERERS[kind](data, issuedOn) };
}
