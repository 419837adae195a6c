import { currencyDigits, toMinorUnits } from "@/lib/catalog/money";
import { ValidationError } from "@/lib/errors/domain-errors";

// unit_price_minor is a 4-byte integer.
const MAX_PRICE_MINOR = 2_000_000_000;

/** A line's quantity and typed unit price as stored: the price in minor units of the shipment's currency. */
export function lineValues(data: { quantity: number; unitPrice: string }, currency: string) {
  const unitPriceMinor = toMinorUnits(data.unitPrice, currency);
  if (unitPriceMinor === undefined) throw new ValidationError({ unitPrice: `priceDecimals?max=${currencyDigits(currency)}` });
  if (unitPriceMinor > MAX_PRICE_MINOR) throw new ValidationError({ unitPrice: "invalidPrice" });
  return { quantity: data.quantity, unitPriceMinor };
}
