import { describe, expect, it } from "vitest";
import { printLanguages } from "./print-languages";

describe("printLanguages", () => {
  it("prints the languages with text, the market's own first", () => {
    const texts = { ky: { fibreComposition: "Жүн 100%" }, en: { productName: "Felt sheep" }, ja: { fibreComposition: "毛 100%" }, ru: { productName: "  " } };
    expect(printLanguages("JP", texts)).toEqual(["ja", "en", "ky"]);
    expect(printLanguages("kg", texts)).toEqual(["ky", "en", "ja"]);
    expect(printLanguages("EU", texts)).toEqual(["en", "ky", "ja"]);
  });

  it("falls back to the market's language for the catalogue name", () => {
    expect(printLanguages("JP", {})).toEqual(["ja"]);
    expect(printLanguages("EU", { en: {} })).toEqual(["en"]);
  });
});
