import { describe, expect, it } from "vitest";
import { amountText, parseAmount } from "./amount-text";

describe("parseAmount", () => {
  it.each([
    ["350", 35000],
    ["350,5", 35050],
    ["1 250.75", 125075],
    ["0.01", 1],
  ])("reads %j as %i tyiyn", (text, minor) => expect(parseAmount(text, "KGS", false)).toBe(minor));

  it("reads yen without decimals and refuses decimals there", () => {
    expect(parseAmount("1200", "JPY", false)).toBe(1200);
    expect(parseAmount("12.5", "JPY", false)).toBeNaN();
  });

  it("takes a sign only where one is allowed", () => {
    expect(parseAmount("-20.5", "KGS", true)).toBe(-2050);
    expect(parseAmount("−3", "KGS", true)).toBe(-300);
    expect(parseAmount("-20", "KGS", false)).toBeNaN();
  });

  it("tells an empty box from text that is no amount", () => {
    expect(parseAmount("  ", "KGS", false)).toBeUndefined();
    expect(parseAmount("abc", "KGS", false)).toBeNaN();
    expect(parseAmount("1.234", "KGS", false)).toBeNaN();
  });
});

describe("amountText", () => {
  it("writes what parseAmount reads back", () => {
    for (const minor of [0, 1, 5, 99, 100, 35050, -5, -2050]) expect(parseAmount(amountText(minor, "KGS"), "KGS", true)).toBe(minor);
    expect(amountText(-5, "KGS")).toBe("-0.05");
    expect(amountText(undefined, "KGS")).toBe("");
    expect(amountText(Number.NaN, "KGS")).toBe("");
  });
});
