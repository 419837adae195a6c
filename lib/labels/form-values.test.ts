import { describe, expect, it } from "vitest";
import { labelFormValues, toUpdateInput } from "./form-values";
import { labelFieldsSchema } from "./label-fields";

describe("label form values", () => {
  it("round-trips a design's fields through the form", () => {
    const fields = labelFieldsSchema.parse({ ja: { productName: "フェルトの羊", fibreComposition: "毛 100%" }, en: { productName: "Felt sheep" }, ean13: "4701234567890", careSymbols: ["110", "200"] });
    const values = labelFormValues(fields, ["f1"]);
    expect(values.ja.productName).toBe("フェルトの羊");
    expect(values.ru.productName).toBe("");
    const input = toUpdateInput(values, "2026-01-01T00:00:00.000Z");
    expect(labelFieldsSchema.parse(input.fields)).toEqual(fields);
    expect(input).toMatchObject({ artworkFileIds: ["f1"], expectedUpdatedAt: "2026-01-01T00:00:00.000Z" });
  });
});
