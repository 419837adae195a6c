import { ValidationError } from "@/lib/errors/domain-errors";
import { isMarketCode } from "@/lib/labels/markets";

/** A shipment names a label market of lib/labels/markets: its products need approved labels for it. */
export function checkMarket(market: string): void {
  if (!isMarketCode(market)) throw new ValidationError({ market: "invalidChoice" });
}
