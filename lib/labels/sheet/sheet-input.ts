import type { LabelSize } from "./label-sizes";

export const SHEET_LANGUAGES = ["ky", "ru", "en", "ja"] as const;
export type SheetLanguage = (typeof SHEET_LANGUAGES)[number];

/** The texts a label prints per language, in the order they are printed under the product name. */
export const PRINTED_TEXTS = ["fibreComposition", "careInstructions", "countryOfOrigin", "labellerName", "labellerAddress", "netQuantity"] as const;
export type LabelTexts = Partial<Record<"productName" | (typeof PRINTED_TEXTS)[number], string>>;

/** One lot on the sheet: its codes and how many labels of it to print. */
export type SheetLot = { lotCode: string; publicCode: string; copies: number };

/** Everything a label sheet shows; rendering reads nothing else (except the public base URL for the QR codes). */
export type LabelSheetInput = {
  design: { texts: Partial<Record<SheetLanguage, LabelTexts>>; ean13: string | null };
  product: { sku: string; names: Partial<Record<SheetLanguage, string | null>> };
  lots: SheetLot[];
  size: LabelSize;
  /** Printed in this order, each language's text next to the others (e.g. ["ja", "en"]). */
  languages: SheetLanguage[];
};
