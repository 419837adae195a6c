import { z } from "zod";
import { SHEET_LANGUAGES, type LabelSheetInput } from "./sheet-input";

// Read leniently: an approved design prints what it has; missing or odd values are left off.
const text = z.string().optional().catch(undefined);
const texts = z
  .object({
    productName: text,
    fibreComposition: text,
    careInstructions: text,
    countryOfOrigin: text,
    labellerName: text,
    labellerAddress: text,
    netQuantity: text,
  })
  .optional()
  .catch(undefined);
const fieldsSchema = z.object({ ...Object.fromEntries(SHEET_LANGUAGES.map((l) => [l, texts])), ean13: text }).catch({});

/** The printable part of a design's `fields` (lib/labels/label-fields: per-language texts and the EAN-13). */
export function sheetFields(fields: unknown): LabelSheetInput["design"] {
  const parsed = fieldsSchema.parse(fields ?? {}) as Record<string, z.infer<typeof texts>> & { ean13?: string };
  const entries = SHEET_LANGUAGES.flatMap((l) => (parsed[l] ? [[l, parsed[l]] as const] : []));
  return { texts: Object.fromEntries(entries), ean13: parsed.ean13?.trim() || null };
}
