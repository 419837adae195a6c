import { describe, expect, it } from "vitest";
import { ean13CheckDigit, isValidEan13 } from "./ean13";

describe("ean13CheckDigit", () => {
  it.each([
    ["400638133393", "1"],
    ["590123412345", "7"],
    ["455018210241", "3"],
    ["000000000000", "0"],
  ])("of %s is %s", (first12, digit) => expect(ean13CheckDigit(first12)).toBe(digit));

  it.each(["", "40063813339", "4006381333931", "40063813339a", " 400638133393"])("refuses %j", (input) => {
    expect(() => ean13CheckDigit(input)).toThrow(RangeError);
  });
});

describe("isValidEan13", () => {
  it("accepts codes with the right check digit", () => {
    expect(isValidEan13("4006381333931")).toBe(true);
    expect(isValidEan13("5901234123457")).toBe(true);
  });

  it.each(["4006381333932", "5901234123450", "400638133393", "40063813339311", "400638133393x", "", "4006381 33393"])("refuses %j", (code) => {
    expect(isValidEan13(code)).toBe(false);
  });
});
