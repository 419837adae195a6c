import { localName, type Locale } from "@/lib/i18n/locales";

type ItemTexts = { labelEn: string; labelRu: string; labelKy: string; guidanceEn: string; guidanceRu: string; guidanceKy: string };

/** An item's label in the reader's language. */
export function itemLabel(item: ItemTexts, locale: Locale): string {
  return localName({ nameEn: item.labelEn, nameRu: item.labelRu, nameKy: item.labelKy }, locale);
}

/** An item's guidance in the reader's language; empty when none was written. */
export function itemGuidance(item: ItemTexts, locale: Locale): string {
  return localName({ nameEn: item.guidanceEn, nameRu: item.guidanceRu, nameKy: item.guidanceKy }, locale);
}
