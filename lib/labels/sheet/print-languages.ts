import type { LabelSheetInput, SheetLanguage } from "./sheet-input";

/** The order a market reads a label's languages in: its own first, then the ones its buyers share. */
const MARKET_ORDER: Record<string, SheetLanguage[]> = {
  JP: ["ja", "en", "ky", "ru"],
  KG: ["ky", "ru", "en", "ja"],
};
const DEFAULT_ORDER: SheetLanguage[] = ["en", "ky", "ru", "ja"];

/**
 * Every language the design has text in (what was approved is what prints), in the market's
 * order. A design without text prints the catalogue's product name in the market's language.
 */
export function printLanguages(market: string, texts: LabelSheetInput["design"]["texts"]): SheetLanguage[] {
  const order = MARKET_ORDER[market.toUpperCase()] ?? DEFAULT_ORDER;
  const written = order.filter((l) => Object.values(texts[l] ?? {}).some((value) => value?.trim()));
  return written.length > 0 ? written : order.slice(0, 1);
}
