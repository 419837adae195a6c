import { describe, expect, it } from "vitest";
import { labelFieldsSchema, readLabelFields } from "./label-fields";

describe("labelFieldsSchema", () => {
  it("keeps only what was written, trimmed, and the barcode without spaces", () => {
    const parsed = labelFieldsSchema.parse({
      ja: { productName: "  フェルトの羊 ", fibreComposition: "" },
      ru: { productName: "   " },
      ean13: " 4701 2345 67890 ",
      careSymbols: ["110"],
    });
    expect(parsed).toEqual({ ja: { productName: "フェルトの羊" }, ean13: "4701234567890", careSymbols: ["110"] });
  });

  it("refuses unknown or repeated care symbols", () => {
    expect(labelFieldsSchema.safeParse({ careSymbols: ["999"] }).success).toBe(false);
    expect(labelFieldsSchema.safeParse({ careSymbols: ["110", "110"] }).success).toBe(false);
  });

  it("reads a stored value that no longer parses as empty", () => {
    expect(readLabelFields({ careSymbols: "wash" })).toEqual({ careSymbols: [] });
    expect(readLabelFields(null)).toEqual({ careSymbols: [] });
  });
});
