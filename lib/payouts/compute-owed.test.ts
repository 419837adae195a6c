import { describe, expect, it } from "vitest";
import { computeOwed } from "./compute-owed";

describe("computeOwed", () => {
  it("multiplies quantity by the unit price when there is no reserve", () => {
    expect(computeOwed(6, 35000, 0)).toEqual({ grossMinor: 210000, reserveMinor: 0, amountMinor: 210000 });
  });

  it("keeps a 10% reserve share", () => {
    expect(computeOwed(6, 35000, 1000)).toEqual({ grossMinor: 210000, reserveMinor: 21000, amountMinor: 189000 });
  });

  it.each([
    // gross 333 × 10% = 33.3 → 33 kept, 300 paid
    [3, 111, 1000, 33, 300],
    // gross 7 × 12.5% = 0.875 → nothing kept
    [7, 1, 1250, 0, 7],
    // gross 999 × 0.01% = 0.0999 → nothing kept
    [1, 999, 1, 0, 999],
    // gross 10001 × 0.01% = 1.0001 → 1 kept
    [1, 10001, 1, 1, 10000],
    // gross 19 × 50% = 9.5 → 9 kept, the half unit goes to the producer
    [19, 1, 5000, 9, 10],
  ])("rounds the reserve down in the producer's favour: %i × %i at %i bp", (quantity, price, bp, reserve, amount) => {
    const owed = computeOwed(quantity, price, bp);
    expect(owed).toEqual({ grossMinor: quantity * price, reserveMinor: reserve, amountMinor: amount });
    expect(owed.reserveMinor + owed.amountMinor).toBe(owed.grossMinor);
  });

  it("owes nothing for a free product and keeps the whole amount at 100%", () => {
    expect(computeOwed(5, 0, 1000)).toEqual({ grossMinor: 0, reserveMinor: 0, amountMinor: 0 });
    expect(computeOwed(5, 10, 10_000)).toEqual({ grossMinor: 50, reserveMinor: 50, amountMinor: 0 });
  });

  it("stays exact for amounts past 2^31 where a double product of gross × bp would lose digits", () => {
    const owed = computeOwed(4_000_000, 2_000_000_001, 3333);
    const gross = 4_000_000n * 2_000_000_001n;
    expect(BigInt(owed.grossMinor)).toBe(gross);
    expect(BigInt(owed.reserveMinor)).toBe((gross * 3333n) / 10_000n);
  });

  it.each([
    [-1, 100, 0],
    [1.5, 100, 0],
    [1, -100, 0],
    [1, 100, 10_001],
    [1, 100, Number.NaN],
  ])("refuses %d × %d at %d bp", (quantity, price, bp) => {
    expect(() => computeOwed(quantity, price, bp)).toThrow(RangeError);
  });

  it("refuses a result beyond the safe integer range", () => {
    expect(() => computeOwed(2 ** 31, 2 ** 31, 0)).toThrow(RangeError);
  });
});
