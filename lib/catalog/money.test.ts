import { describe, expect, it } from "vitest";
import { formatMoney, toDecimalText, toMinorUnits } from "./money";

describe("money", () => {
  it.each([
    ["350", "KGS", 35000],
    ["350.5", "KGS", 35050],
    ["350,05", "KGS", 35005],
    ["0", "KGS", 0],
    ["1200", "JPY", 1200],
    ["1200.5", "JPY", undefined],
    ["1.234", "KGS", undefined],
    ["abc", "KGS", undefined],
  ])("%s %s is %s minor units", (amount, currency, minor) => expect(toMinorUnits(amount, currency)).toBe(minor));

  it("gives a price box its decimal text back", () => {
    expect(toDecimalText(35050, "KGS")).toBe("350.50");
    expect(toDecimalText(5, "KGS")).toBe("0.05");
    expect(toDecimalText(1200, "JPY")).toBe("1200");
  });

  it("formats for the reader's language", () => {
    expect(formatMoney(35050, "KGS", "ru")).toMatch(/^350,50\s/);
    expect(formatMoney(35050, "KGS", "en")).toMatch(/350\.50/);
  });
});
