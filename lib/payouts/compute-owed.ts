export type Owed = { grossMinor: number; reserveMinor: number; amountMinor: number };

const BASIS = 10_000n;

function safe(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("Payout amount beyond safe integer range");
  return Number(value);
}

/**
 * What a producer is owed for an allocation: quantity × unit price, less the reserve-fund share.
 * Integer minor units throughout (bigint inside, so no product overflows a double); the reserve
 * is rounded down, so any fraction of a minor unit stays with the producer.
 */
export function computeOwed(quantity: number, unitPriceMinor: number, reserveBasisPoints: number): Owed {
  for (const [name, value] of [["quantity", quantity], ["unitPriceMinor", unitPriceMinor], ["reserveBasisPoints", reserveBasisPoints]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  if (reserveBasisPoints > 10_000) throw new RangeError("reserveBasisPoints must be at most 10000");
  const gross = BigInt(quantity) * BigInt(unitPriceMinor);
  const reserve = (gross * BigInt(reserveBasisPoints)) / BASIS;
  return { grossMinor: safe(gross), reserveMinor: safe(reserve), amountMinor: safe(gross - reserve) };
}
