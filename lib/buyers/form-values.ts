import type { BuyerDetails } from "./get-buyer";
import type { SaveBuyerInput } from "./schemas";

export const NEW_BUYER: SaveBuyerInput = { name: "", countryCode: "", currency: "", contactName: "", email: "", phone: "", address: "" };

export function buyerFormValues(buyer: BuyerDetails): SaveBuyerInput {
  return {
    id: buyer.id,
    name: buyer.name,
    countryCode: buyer.countryCode,
    currency: buyer.currency,
    contactName: buyer.contactName ?? "",
    email: buyer.email ?? "",
    phone: buyer.phone ?? "",
    address: buyer.address ?? "",
  };
}
