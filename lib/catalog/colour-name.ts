import type { Locale } from "@/lib/i18n/locales";

/** The colour a dye gives, in the reader's language, or null when none is recorded. */
export function colourName(row: { colourEn: string | null; colourRu: string | null; colourKy: string | null }, locale: Locale): string | null {
  return locale === "ky" ? row.colourKy : locale === "ru" ? row.colourRu : row.colourEn;
}
