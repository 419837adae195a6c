import { describe, expect, it } from "vitest";
import { formatAmount, formatKilograms, formatMoneyCode } from "./document-format";

const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("document figures", () => {
  it("writes minor units with the currency's own decimals", () => {
    expect(formatAmount(1_234_567, "JPY")).toBe("1,234,567");
    expect(formatAmount(1_234_567, "KGS")).toBe("12,345.67");
    expect(formatAmount(5, "USD")).toBe("0.05");
    expect(plain(formatMoneyCode(120_000, "JPY"))).toBe("JPY 120,000");
    expect(plain(formatMoneyCode(370_350, "KGS"))).toBe("KGS 3,703.50");
  });

  it("writes grams as kilograms with two or three decimals", () => {
    expect(formatKilograms(540)).toBe("0.54");
    expect(formatKilograms(125)).toBe("0.125");
    expect(formatKilograms(12_000)).toBe("12.00");
  });
});
