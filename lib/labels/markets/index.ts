import { z } from "zod";
import { LINE_CATEGORIES } from "@/lib/catalog/options";
import { LABEL_FIELDS, LABEL_KINDS, LABEL_LANGUAGES, LABEL_TEXT_FIELDS } from "../label-fields";
import eu from "./eu.json";
import jp from "./jp.json";
import kg from "./kg.json";

/** The market files of this folder. A new market is a new JSON file, listed here (a test checks none is left out). */
export const MARKET_FILES: Record<string, unknown> = { "jp.json": jp, "kg.json": kg, "eu.json": eu };

export type ProductCategory = (typeof LINE_CATEGORIES)[number];

const hint = z.string().regex(/^[a-zA-Z]+$/, "a message key under labels.hints");
const countryCode = z.string().regex(/^[A-Z]{2}$/);
const isTextField = (field: string) => (LABEL_TEXT_FIELDS as readonly string[]).includes(field);

const ruleSchema = z
  .object({
    field: z.enum(LABEL_FIELDS),
    /** Text fields name the language the rule wants them in; the barcode and care symbols have none. */
    language: z.enum(LABEL_LANGUAGES).optional(),
    level: z.enum(["required", "recommended"]),
    /** The product line categories and label kinds the rule covers; all when left out. */
    categories: z.array(z.enum(LINE_CATEGORIES)).min(1).optional(),
    kinds: z.array(z.enum(LABEL_KINDS)).min(1).optional(),
    /** "languagePresent": the rule applies only to a label that has text in its language at all. */
    when: z.literal("languagePresent").optional(),
    /** "composition": the text must state percentages that add up to 100. */
    format: z.literal("composition").optional(),
    hint: hint.optional(),
  })
  .strict()
  .refine((r) => isTextField(r.field) === (r.language !== undefined), { message: "text fields need a language, the barcode and care symbols none" })
  .refine((r) => r.format === undefined || r.field === "fibreComposition", { message: "only a fibre composition has a format" });

const limitsSchema = z.object({ productName: z.number().int().positive(), text: z.number().int().positive() }).strict();

export const marketSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2,3}$/),
    /** Destination countries (ISO 3166 alpha-2) this market's rules cover. */
    countries: z.array(countryCode).min(1),
    /** Languages the label must carry: each needs a product name in it. */
    languages: z.array(z.enum(LABEL_LANGUAGES)).min(1),
    languageHint: hint.optional(),
    /** The origin statement a new design starts with, by the association's country and label language. */
    originWording: z.record(countryCode, z.partialRecord(z.enum(LABEL_LANGUAGES), z.string().min(1))),
    /** Room on each kind of label, in Latin character widths (a Japanese character counts as two). */
    limits: z.record(z.enum(LABEL_KINDS), limitsSchema),
    rules: z.array(ruleSchema),
  })
  .strict();

export type MarketRules = z.infer<typeof marketSchema>;
export type MarketRule = MarketRules["rules"][number];

function loadMarkets(files: Record<string, unknown>): MarketRules[] {
  const markets = Object.entries(files).map(([file, data]) => {
    const parsed = marketSchema.safeParse(data);
    if (!parsed.success) throw new Error(`lib/labels/markets/${file}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  const codes = markets.map((m) => m.code);
  if (new Set(codes).size !== codes.length) throw new Error(`lib/labels/markets: a market code is used twice (${codes.join(", ")})`);
  return markets;
}

export const MARKETS: readonly MarketRules[] = loadMarkets(MARKET_FILES);
export const MARKET_CODES: readonly string[] = MARKETS.map((m) => m.code);

export function isMarketCode(code: string): boolean {
  return MARKET_CODES.includes(code);
}

/** A market's rules; an unknown code is a programming error (stored designs only name known markets). */
export function marketRules(code: string): MarketRules {
  const market = MARKETS.find((m) => m.code === code);
  if (!market) throw new Error(`Unknown label market ${JSON.stringify(code)}`);
  return market;
}

/** The market whose rules a shipment to `country` (ISO alpha-2) follows, or null when none is configured. */
export function marketForCountry(country: string): string | null {
  return MARKETS.find((m) => m.countries.includes(country.toUpperCase()))?.code ?? null;
}
