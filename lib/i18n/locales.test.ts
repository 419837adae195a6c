import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, localName } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["ky-KG", "ky"],
    ["de-DE,en;q=0.5", "en"],
    ["en;q=0.2,ky;q=0.9", "ky"],
    ["ja-JP", undefined],
    ["", undefined],
  ])("picks from %j", (header, locale) => expect(localeFromAcceptLanguage(header)).toBe(locale));
});

describe("localName", () => {
  it("reads the column of the locale", () => {
    const row = { nameEn: "Felt sheep", nameRu: "Войлочная овечка", nameKy: "Кийиз кой" };
    expect(localName(row, "ky")).toBe("Кийиз кой");
    expect(localName(row, "ru")).toBe("Войлочная овечка");
    expect(localName(row, "en")).toBe("Felt sheep");
  });
});
