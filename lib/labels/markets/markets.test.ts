import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lineCategoryEnum, labelKindEnum, labelStatusEnum } from "@/db/schema";
import { LINE_CATEGORIES } from "@/lib/catalog/options";
import { LABEL_KINDS, LABEL_STATUSES } from "../label-fields";
import jp from "./jp.json";
import { MARKET_CODES, MARKET_FILES, marketForCountry, marketRules, marketSchema } from "./index";

describe("market files", () => {
  it("registers every JSON file of the folder", () => {
    const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith(".json"));
    expect(Object.keys(MARKET_FILES).sort()).toEqual(files.sort());
    expect(MARKET_CODES).toEqual(["JP", "KG", "EU"]);
  });

  it("speaks the schema's kinds, statuses and categories", () => {
    expect(LABEL_KINDS).toEqual(labelKindEnum.enumValues);
    expect(LABEL_STATUSES).toEqual(labelStatusEnum.enumValues);
    expect(LINE_CATEGORIES).toEqual(lineCategoryEnum.enumValues);
  });

  it("refuses a rule that names a text field without its language", () => {
    const broken = { ...jp, rules: [{ field: "fibreComposition", level: "required" }] };
    expect(marketSchema.safeParse(broken).success).toBe(false);
  });

  it("refuses a barcode rule with a language, a format on the wrong field, and unknown keys", () => {
    for (const rule of [
      { field: "ean13", language: "ja", level: "required" },
      { field: "productName", language: "ja", level: "required", format: "composition" },
      { field: "productName", language: "ja", level: "mandatory" },
      { field: "productName", language: "ja", level: "required", colour: "red" },
    ]) {
      expect(marketSchema.safeParse({ ...jp, rules: [rule] }).success).toBe(false);
    }
  });

  it("needs limits for every kind of label", () => {
    expect(marketSchema.safeParse({ ...jp, limits: { ...jp.limits, sticker: undefined } }).success).toBe(false);
  });

  it("finds the market of a destination country", () => {
    expect(marketForCountry("JP")).toBe("JP");
    expect(marketForCountry("de")).toBe("EU");
    expect(marketForCountry("KG")).toBe("KG");
    expect(marketForCountry("US")).toBeNull();
    expect(() => marketRules("US")).toThrow();
  });
});
