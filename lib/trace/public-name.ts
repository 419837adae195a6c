import { localName } from "@/lib/i18n/locales";
import type { PublicLocale } from "./public-locale";

/** Names are kept in ky, ru and en; a Japanese reader gets the English (Latin-letter) one. */
export function publicName(row: { nameEn: string; nameRu: string; nameKy: string }, locale: PublicLocale): string {
  return localName(row, locale === "ja" ? "en" : locale);
}

/** The colour a dye gives, in the reader's language (English for ja), where the catalogue has it. */
export function publicColour(row: { colourEn: string | null; colourRu: string | null; colourKy: string | null }, locale: PublicLocale): string | null {
  return locale === "ky" ? row.colourKy : locale === "ru" ? row.colourRu : row.colourEn;
}
