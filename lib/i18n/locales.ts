export const LOCALES = ["ky", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ru";
export const LOCALE_COOKIE = "ovop_locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Best match for an Accept-Language header among `supported`: highest q-value first, the browser's
 * order among equals; `q=0` means "not this one".
 */
export function bestAcceptedLanguage<L extends string>(header: string | null | undefined, supported: readonly L[]): L | undefined {
  if (!header) return undefined;
  const tags = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.split(";").map((p) => p.trim());
      const q = params.find((p) => p.startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q);
  return tags.map((t) => t.lang).find((lang): lang is L => (supported as readonly (string | undefined)[]).includes(lang));
}

/** Best match for an Accept-Language header among the app's languages. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  return bestAcceptedLanguage(header, LOCALES);
}

/** Picks the name column of a row with name_en / name_ru / name_ky in the reader's language. */
export function localName(row: { nameEn: string; nameRu: string; nameKy: string }, locale: Locale): string {
  return locale === "ky" ? row.nameKy : locale === "ru" ? row.nameRu : row.nameEn;
}
