import { describe, expect, it } from "vitest";
import { publicLocale } from "./public-locale";

const visit = (query: string, acceptLanguage?: string) =>
  publicLocale(new Request(`http://localhost/t/0123456789ABCDEF${query}`, { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} }));

describe("publicLocale", () => {
  it.each([
    ["ja-JP,ja;q=0.9,en;q=0.8", "ja"],
    ["en-US;q=0.8,ja;q=0.9", "ja"],
    ["ky-KG", "ky"],
    ["ru-RU, ru;q=0.9", "ru"],
    ["ja;q=0, ru;q=0.5", "ru"],
    ["de-DE,fr;q=0.8", "en"],
    ["ja;q=abc,ky;q=0.1", "ky"],
    [undefined, "en"],
  ])("picks from Accept-Language %j", (header, locale) => expect(visit("", header)).toBe(locale));

  it("follows the language links over the browser, and ignores a language it does not have", () => {
    expect(visit("?lang=ky", "ja")).toBe("ky");
    expect(visit("?lang=ja", "ru")).toBe("ja");
    expect(visit("?lang=de", "ru")).toBe("ru");
  });
});
