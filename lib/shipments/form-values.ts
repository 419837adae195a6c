import type { ShipmentDetails } from "./get-shipment";
import type { ShipmentFormInput } from "./schemas";

export const NEW_SHIPMENT: ShipmentFormInput = { buyerId: "", market: "", destination: "", incoterm: "FCA", currency: "", plannedDate: "", notes: "" };

export function shipmentFormValues(s: ShipmentDetails): ShipmentFormInput {
  return { buyerId: s.buyerId, market: s.market, destination: s.destination, incoterm: s.incoterm, currency: s.currency, plannedDate: s.plannedDate, notes: s.notes ?? "" };
}
