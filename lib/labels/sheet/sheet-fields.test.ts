import { describe, expect, it } from "vitest";
import { sheetFields } from "./sheet-fields";

describe("sheetFields", () => {
  it("keeps the per-language texts and the EAN-13 of a design", () => {
    expect(sheetFields({ ja: { fibreComposition: "毛 100%" }, ky: { productName: "Кийиз козу", extra: 1 }, ean13: " 4701234567890 ", careSymbols: ["wash_30"] })).toEqual({
      texts: { ja: { fibreComposition: "毛 100%" }, ky: { productName: "Кийиз козу" } },
      ean13: "4701234567890",
    });
  });

  it("leaves out what is missing or malformed", () => {
    expect(sheetFields({ en: { productName: 42, netQuantity: "1 pc" }, ru: "text", ean13: 4701234567890 })).toEqual({ texts: { en: { netQuantity: "1 pc" } }, ean13: null });
    expect(sheetFields(null)).toEqual({ texts: {}, ean13: null });
    expect(sheetFields([1, 2])).toEqual({ texts: {}, ean13: null });
  });
});
