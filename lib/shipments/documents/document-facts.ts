import { countryName } from "@/lib/validation/iso-codes";
import type { ShipmentDocument } from "./load-shipment-document";

/** Goods are made by the association's producers, so they originate in its country. */
export const originFact = (data: ShipmentDocument): [string, string] => ["Country of origin", countryName(data.association.countryCode, "en")];

export const deliveryFact = (data: ShipmentDocument): [string, string] => ["Terms of delivery", `${data.shipment.incoterm} ${data.shipment.destination}`];
