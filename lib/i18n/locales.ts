export const LOCALES = ["ky", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ru";
export const LOCALE_COOKIE = "ovop_locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Best match for an Accept-Language header, by the order the browser gives. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const tags = header
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { lang: tag.toLowerCase().split("-")[0], q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return tags.map((t) => t.lang).find(isLocale);
}

/** Picks the name column of a row with name_en / name_ru / name_ky in the reader's language. */
export function localName(row: { nameEn: string; nameRu: string; nameKy: string }, locale: Locale): string {
  return locale === "ky" ? row.nameKy : locale === "ru" ? row.nameRu : row.nameEn;
}
