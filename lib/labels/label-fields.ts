import { z } from "@/lib/validation/zod-messages";
import { CARE_SYMBOL_CODES } from "./care-symbols";

/** The languages a label's text may be written in. */
export const LABEL_LANGUAGES = ["ky", "ru", "en", "ja"] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** The text fields a label has in each language. */
export const LABEL_TEXT_FIELDS = [
  "productName",
  "fibreComposition",
  "dyeSources",
  "careInstructions",
  "countryOfOrigin",
  "labellerName",
  "labellerAddress",
  "netQuantity",
] as const;
export type LabelTextField = (typeof LABEL_TEXT_FIELDS)[number];

/** Every field a market rule can name: the texts, and the language-independent barcode and care symbols. */
export const LABEL_FIELDS = [...LABEL_TEXT_FIELDS, "ean13", "careSymbols"] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

/** The values of db/schema/labels.ts, spelled out so client forms need no schema code. */
export const LABEL_KINDS = ["hang_tag", "care_label", "box", "sticker"] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];
export const LABEL_STATUSES = ["draft", "in_review", "changes_requested", "approved", "superseded", "retired"] as const;
export type LabelStatus = (typeof LABEL_STATUSES)[number];

export const MAX_LABEL_TEXT = 1000;

// Empty boxes are left out, so the stored fields and the review's version diff hold only what was written.
const text = z
  .string()
  .trim()
  .max(MAX_LABEL_TEXT)
  .optional()
  .transform((v) => v || undefined);

const languageTextsSchema = z
  .object(Object.fromEntries(LABEL_TEXT_FIELDS.map((f) => [f, text])) as Record<LabelTextField, typeof text>)
  .optional()
  .transform((texts) => {
    const written = Object.entries(texts ?? {}).filter(([, v]) => v !== undefined);
    return written.length > 0 ? Object.fromEntries(written) : undefined;
  });
export type LanguageTexts = Partial<Record<LabelTextField, string>>;

const distinct = (list: readonly string[]) => new Set(list).size === list.length;

/**
 * A design's structured fields: texts per language, the EAN-13 code and the care symbols.
 * A wrong barcode is still saved: the compliance checklist reports it, and submission refuses it.
 */
export const labelFieldsSchema = z
  .object({
    ky: languageTextsSchema,
    ru: languageTextsSchema,
    en: languageTextsSchema,
    ja: languageTextsSchema,
    ean13: z
      .string()
      .trim()
      .max(20)
      .optional()
      .transform((v) => v?.replace(/\s+/g, "") || undefined),
    careSymbols: z.array(z.enum(CARE_SYMBOL_CODES)).refine(distinct, { message: "invalid" }).default([]),
  })
  .transform((fields) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as LabelFields);

export type LabelFields = Partial<Record<LabelLanguage, LanguageTexts>> & { ean13?: string; careSymbols: (typeof CARE_SYMBOL_CODES)[number][] };
export type LabelFieldsInput = z.input<typeof labelFieldsSchema>;

/** A stored `fields` value, read leniently: whatever no longer parses reads as empty. */
export function readLabelFields(value: unknown): LabelFields {
  const parsed = labelFieldsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { careSymbols: [] };
}
