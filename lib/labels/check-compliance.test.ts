import { describe, expect, it } from "vitest";
import { checkCompliance, failingRequired, type ComplianceCheck, type ComplianceInput } from "./check-compliance";
import type { LabelFields } from "./label-fields";

/** A Japan hang tag for a wool scarf that meets every rule. */
const JP_TEXTILE: LabelFields = {
  ja: {
    productName: "フェルトのマフラー",
    fibreComposition: "毛 100%",
    countryOfOrigin: "原産国：キルギス",
    labellerName: "株式会社イシククル商事",
    labellerAddress: "東京都千代田区丸の内1-1-1",
  },
  ean13: "4701234567890",
  careSymbols: ["110", "200", "420", "510", "600"],
};

const check = (fields: LabelFields, over: Partial<ComplianceInput> = {}) =>
  checkCompliance({ fields, kind: "hang_tag", market: "JP", category: "textile", country: "KG", ...over });
const failingIds = (checks: ComplianceCheck[]) => failingRequired(checks).map((c) => c.id);
const find = (checks: ComplianceCheck[], id: string) => checks.find((c) => c.id === id);
const withJa = (ja: LabelFields["ja"]): LabelFields => ({ ...JP_TEXTILE, ja: { ...JP_TEXTILE.ja, ...ja } });

describe("Japan, textile", () => {
  it("passes a complete hang tag", () => {
    const checks = check(JP_TEXTILE);
    expect(failingIds(checks)).toEqual([]);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(find(checks, "fibreComposition.ja")).toMatchObject({ level: "required", ok: true, hint: "jpTextileAct" });
  });

  it("requires the Household Goods Quality Labeling Act fields on an empty design", () => {
    expect(failingIds(check({ careSymbols: [] }))).toEqual(["productName.ja", "fibreComposition.ja", "careSymbols", "labellerName.ja", "labellerAddress.ja", "ean13"]);
  });

  it("flags a missing fibre composition, one without percentages and one that does not add up to 100", () => {
    expect(find(check(withJa({ fibreComposition: undefined })), "fibreComposition.ja")).toMatchObject({ ok: false, level: "required", messageKey: "missing", language: "ja" });
    expect(find(check(withJa({ fibreComposition: "毛" })), "fibreComposition.ja")).toMatchObject({ ok: false, messageKey: "compositionNoPercent" });
    expect(find(check(withJa({ fibreComposition: "毛 80%、ナイロン 10%" })), "fibreComposition.ja")).toMatchObject({ ok: false, messageKey: "compositionSum", params: { sum: 90 } });
    expect(find(check(withJa({ fibreComposition: "毛 85%以上 / ナイロン 15%未満" })), "fibreComposition.ja")?.ok).toBe(true);
  });

  it("wants the composition in Japanese: English alone does not do", () => {
    const checks = check({ ...withJa({ fibreComposition: undefined }), en: { fibreComposition: "Wool 100%" } });
    expect(failingIds(checks)).toEqual(["fibreComposition.ja"]);
  });

  it("requires care symbols, one per group", () => {
    expect(failingIds(check({ ...JP_TEXTILE, careSymbols: [] }))).toEqual(["careSymbols"]);
    const conflicting = check({ ...JP_TEXTILE, careSymbols: ["140", "100", "200"] });
    expect(failingIds(conflicting)).toEqual(["careSymbols.onePerGroup"]);
    expect(find(conflicting, "careSymbols.onePerGroup")).toMatchObject({ messageKey: "careSymbolsConflict", params: { group: "washing" } });
  });

  it("requires the labeller's name and address or phone", () => {
    const checks = check(withJa({ labellerName: "", labellerAddress: undefined }));
    expect(failingIds(checks)).toEqual(["labellerName.ja", "labellerAddress.ja"]);
  });

  it("requires the origin on a label with Japanese text", () => {
    const checks = check(withJa({ countryOfOrigin: undefined }));
    expect(failingIds(checks)).toEqual(["countryOfOrigin.ja"]);
    expect(find(checks, "countryOfOrigin.ja")).toMatchObject({ hint: "jpOrigin" });
  });

  it("leaves the barcode out of a sewn-in care label, and the textile act out of a box", () => {
    expect(failingIds(check({ ...JP_TEXTILE, ean13: undefined }, { kind: "care_label" }))).toEqual([]);
    expect(failingIds(check({ ja: { productName: "マフラー" }, ean13: "4701234567890", careSymbols: [] }, { kind: "box" }))).toEqual(["countryOfOrigin.ja"]);
  });
});

describe("Japan, felt toys and crafts", () => {
  const toy: LabelFields = { ja: { productName: "フェルトの羊" }, ean13: "4701234567890", careSymbols: [] };

  it.each(["felt_toy", "craft"] as const)("only recommends the textile fields and the origin for %s", (category) => {
    const checks = check(toy, { category });
    expect(failingIds(checks)).toEqual([]);
    const recommended = checks.filter((c) => c.level === "recommended" && !c.ok).map((c) => c.id);
    expect(recommended).toEqual(["fibreComposition.ja", "careSymbols", "labellerName.ja", "labellerAddress.ja", "countryOfOrigin.ja"]);
    expect(find(checks, "countryOfOrigin.ja")).toMatchObject({ hint: "jpOriginNotDesignated" });
  });

  it("still checks a composition that is written", () => {
    const checks = check({ ...toy, ja: { productName: "フェルトの羊", fibreComposition: "毛 90%" } }, { category: "felt_toy" });
    expect(find(checks, "fibreComposition.ja")).toMatchObject({ level: "recommended", ok: false, messageKey: "compositionSum" });
    expect(failingIds(checks)).toEqual([]);
  });
});

describe("Kyrgyzstan, domestic", () => {
  const domestic = (fields: LabelFields, category: ComplianceInput["category"] = "textile") => check(fields, { market: "KG", category });

  it("requires Kyrgyz and Russian, the origin, the maker and, for textiles, the composition in Russian", () => {
    expect(failingIds(domestic({ ja: { productName: "マフラー" }, careSymbols: [] }))).toEqual([
      "productName.ky",
      "productName.ru",
      "countryOfOrigin.ru",
      "labellerName.ru",
      "labellerAddress.ru",
      "fibreComposition.ru",
    ]);
  });

  it("passes a bilingual felt toy label and only recommends a barcode", () => {
    const checks = domestic(
      {
        ky: { productName: "Кийиз козу" },
        ru: { productName: "Войлочная овечка", countryOfOrigin: "Страна изготовления: Кыргызстан", labellerName: "ОО «Иссык-Куль»", labellerAddress: "Каракол, ул. Абдрахманова 1" },
        careSymbols: [],
      },
      "felt_toy",
    );
    expect(failingIds(checks)).toEqual([]);
    expect(find(checks, "ean13")).toMatchObject({ level: "recommended", ok: false });
  });
});

describe("European Union", () => {
  const eu = (fields: LabelFields, category: ComplianceInput["category"]) => check(fields, { market: "EU", category });

  it("requires the textile composition in English", () => {
    expect(failingIds(eu({ en: { productName: "Felt scarf" }, careSymbols: [] }, "textile"))).toEqual(["fibreComposition.en"]);
  });

  it("requires the maker's or importer's name and address on a toy", () => {
    expect(failingIds(eu({ en: { productName: "Felt sheep" }, careSymbols: [] }, "felt_toy"))).toEqual(["labellerName.en", "labellerAddress.en"]);
  });
});

describe("EAN-13 and its GS1 prefix", () => {
  const barcode = (ean13: string, country = "KG") => check({ ...JP_TEXTILE, ean13 }, { country });

  it.each([
    ["4701234567891", "ean13CheckDigit", { expected: "0" }],
    ["470123456789", "ean13Format", { length: 12 }],
    ["47012345678901", "ean13Format", { length: 14 }],
    ["47012345678a0", "ean13Format", { length: 13 }],
  ])("refuses %s", (code, messageKey, params) => {
    const checks = barcode(code);
    expect(failingIds(checks)).toEqual(["ean13.valid"]);
    expect(find(checks, "ean13.valid")).toMatchObject({ messageKey, params });
    expect(find(checks, "ean13.gs1Prefix")).toBeUndefined();
  });

  it("accepts the association's own prefix", () => {
    expect(find(barcode("4701234567890"), "ean13.gs1Prefix")).toMatchObject({ level: "warning", ok: true, messageKey: "gs1Matches" });
    expect(find(barcode("4881234567899", "TJ"), "ean13.gs1Prefix")?.ok).toBe(true);
  });

  it("warns, without blocking, when the prefix is another country's", () => {
    const checks = barcode("4901234567894");
    expect(failingIds(checks)).toEqual([]);
    expect(find(checks, "ean13.gs1Prefix")).toMatchObject({ level: "warning", ok: false, messageKey: "gs1OtherCountry", params: { prefix: "490", issuer: "JP", country: "KG", expected: "470" } });
    expect(find(barcode("4701234567890", "TJ"), "ean13.gs1Prefix")).toMatchObject({ ok: false, params: { issuer: "KG", expected: "488" } });
  });

  it("warns of an in-store code and of a prefix the data does not know", () => {
    expect(find(barcode("2001234567893"), "ean13.gs1Prefix")).toMatchObject({ ok: false, messageKey: "gs1InStore" });
    expect(find(barcode("7601234567890"), "ean13.gs1Prefix")).toMatchObject({ ok: false, messageKey: "gs1Unknown" });
  });

  it("says nothing of the prefix for a country without GS1 data", () => {
    expect(find(barcode("4701234567890", "DE"), "ean13.gs1Prefix")).toBeUndefined();
  });
});

describe("character limits", () => {
  it("counts a Japanese character as two: 20 fit a 40-wide hang tag name, 21 do not", () => {
    const fits = check(withJa({ productName: "羊".repeat(20) }));
    expect(find(fits, "limit.productName.ja")).toMatchObject({ ok: true, params: { length: 40, max: 40 } });
    const long = check(withJa({ productName: "羊".repeat(21) }));
    expect(failingIds(long)).toEqual(["limit.productName.ja"]);
  });

  it("limits all of a language's text by the kind of label", () => {
    const notes = { careInstructions: "Hand wash cold. ".repeat(11) };
    expect(find(check({ ...JP_TEXTILE, en: notes }), "limit.text.en")).toMatchObject({ ok: true, params: { length: 176, max: 400 } });
    const sticker = check({ ...JP_TEXTILE, en: notes }, { kind: "sticker" });
    expect(find(sticker, "limit.text.en")).toMatchObject({ ok: false, level: "required", field: "text", params: { length: 176, max: 160 } });
  });

  it("checks only the languages a label is written in", () => {
    const ids = check(JP_TEXTILE).map((c) => c.id).filter((id) => id.startsWith("limit."));
    expect(ids).toEqual(["limit.productName.ja", "limit.text.ja"]);
  });
});
