import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { saveLineSchema, saveMaterialSchema, saveProductSchema } from "./schemas";
import { lineInput, materialInput, productInput } from "./test-inputs";

const LINE_ID = "7f1c2a9e-4b8d-4c1e-9a2f-3d5e6f708192";
const errorsOf = (result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) => (result.error ? fieldErrorsOf(result.error) : {});

describe("saveLineSchema", () => {
  it("upper-cases the code and reads AQLs from a select", () => {
    const line = saveLineSchema.parse(lineInput({ code: " felt-2 ", aqlMajor: "1.5", aqlMinor: "6.5" }));
    expect(line).toMatchObject({ code: "FELT-2", aqlCritical: 0, aqlMajor: 1.5, aqlMinor: 6.5 });
  });

  it.each(["FELT_2", "FELT-", "-FELT", "FE LT", "ФЕТР", "A".repeat(21)])("refuses the code %j", (code) => {
    expect(errorsOf(saveLineSchema.safeParse(lineInput({ code }))).code).toMatch(/codeFormat|tooLong/);
  });

  it("takes only the sampling table's AQLs, the levels of ISO 2859-1 and known units", () => {
    const result = saveLineSchema.safeParse(lineInput({ aqlMajor: 3, aqlMinor: "x", inspectionLevel: "IV" as never, unit: "box" as never }));
    expect(errorsOf(result)).toEqual({ aqlMajor: "invalidChoice", aqlMinor: "invalidType", inspectionLevel: "invalidChoice", unit: "invalidChoice" });
  });

  it.each(["6307", "63.07", "6307.90", " 6307.90.10 ", "950300", "6307901000", "6307.90.1000"])("takes the HS code %j trimmed as typed", (hsCode) => {
    expect(saveLineSchema.parse(lineInput({ hsCode })).hsCode).toBe(hsCode.trim());
  });

  it("leaves the HS code optional", () => {
    expect(saveLineSchema.parse(lineInput({ hsCode: "" })).hsCode).toBe("");
    expect(saveLineSchema.parse(lineInput()).hsCode).toBeUndefined();
  });

  it.each(["630", "6.307", "6307.9", "63079010001", "6307.90.10.001", "6307..90", ".6307", "6307.", "6307 90", "6307-90", "HS6307", "６３０７"])("refuses the HS code %j", (hsCode) => {
    expect(errorsOf(saveLineSchema.safeParse(lineInput({ hsCode })))).toEqual({ hsCode: "hsCodeFormat" });
  });

  it("refuses a material twice", () => {
    expect(errorsOf(saveLineSchema.safeParse(lineInput({ materialIds: [LINE_ID, LINE_ID] })))).toEqual({ materialIds: "invalid" });
  });
});

describe("saveProductSchema", () => {
  it("keeps empty spec boxes empty and reads numbers from text", () => {
    const product = saveProductSchema.parse(productInput(LINE_ID, { lengthMm: "120", widthMm: "", weightG: 85, articleNumber: "" }));
    expect(product).toMatchObject({ lengthMm: 120, weightG: 85, articleNumber: "" });
    expect(product.widthMm).toBeUndefined();
  });

  it("keeps an optional Japanese name of at most 200 characters, like the other names", () => {
    expect(saveProductSchema.parse(productInput(LINE_ID, { nameJa: " フェルトの鳥 " })).nameJa).toBe("フェルトの鳥");
    expect(saveProductSchema.parse(productInput(LINE_ID)).nameJa).toBeUndefined();
    expect(saveProductSchema.safeParse(productInput(LINE_ID, { nameJa: "" })).success).toBe(true);
    expect(saveProductSchema.safeParse(productInput(LINE_ID, { nameJa: "鳥".repeat(200) })).success).toBe(true);
    expect(errorsOf(saveProductSchema.safeParse(productInput(LINE_ID, { nameJa: "鳥".repeat(201) })))).toEqual({ nameJa: "tooLong?max=200" });
  });

  it("checks the EAN-13 check digit of a 13-digit article number only", () => {
    expect(saveProductSchema.safeParse(productInput(LINE_ID, { articleNumber: "4006381333931" })).success).toBe(true);
    expect(saveProductSchema.safeParse(productInput(LINE_ID, { articleNumber: "MJ-10241" })).success).toBe(true);
    expect(errorsOf(saveProductSchema.safeParse(productInput(LINE_ID, { articleNumber: "4006381333932" })))).toEqual({ articleNumber: "invalidEan13" });
  });

  it.each([
    ["350", true],
    ["350.5", true],
    ["350,50", true],
    ["9999999.99", true],
    ["350.505", false],
    ["-1", false],
    ["1e3", false],
    ["10000000", false],
  ])("price %j valid: %s", (price, valid) => {
    expect(saveProductSchema.safeParse(productInput(LINE_ID, { price })).success).toBe(valid);
  });

  it("refuses negative or fractional specs and more than six photos", () => {
    const photoIds = Array.from({ length: 7 }, (_, i) => `7f1c2a9e-4b8d-4c1e-9a2f-3d5e6f70819${i}`);
    const result = saveProductSchema.safeParse(productInput(LINE_ID, { heightMm: "-3", weightToleranceG: "2.5", photoIds }));
    expect(errorsOf(result)).toEqual({ heightMm: "tooSmall?min=0", weightToleranceG: "invalidType", photoIds: "tooBig?max=6" });
  });
});

describe("saveMaterialSchema", () => {
  it("needs a colour for a dye only", () => {
    expect(errorsOf(saveMaterialSchema.safeParse(materialInput({ colourHex: "" })))).toEqual({ colourHex: "required" });
    expect(saveMaterialSchema.safeParse(materialInput({ kind: "fibre", colourHex: "" })).success).toBe(true);
    expect(saveMaterialSchema.safeParse(materialInput({ colourHex: "#12345" })).success).toBe(false);
  });
});
