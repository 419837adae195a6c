import { isValidEan13 } from "@/lib/labels/ean13";
import { INSPECTION_LEVELS } from "@/lib/qc/sampling";
import { optionalWholeNumber } from "@/lib/validation/numbers";
import { z } from "@/lib/validation/zod-messages";
import { CATALOG_STATUSES, LINE_AQL_CHOICES, LINE_CATEGORIES, MATERIAL_KINDS, MATERIAL_STATUSES, UNITS } from "./options";

export const MAX_PRODUCT_PHOTOS = 6;

const name = z.string().trim().min(1).max(200);
const names = { nameEn: name, nameRu: name, nameKy: name };
const optionalText = (max: number) => z.string().trim().max(max).optional();
const distinct = (values: string[]) => new Set(values).size === values.length;
const ids = (max: number) => z.array(z.uuid()).max(max).refine(distinct, { message: "invalid" }).default([]);

/** Upper-case letters and digits in dash-separated parts: FELT, SBT-JAM-250. Lot codes start with a line's code. */
const code = (max: number) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .max(max)
    .regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, { message: "codeFormat" });

// Harmonized System notation: groups of two or more digits, dot-separated, 4 to 10 digits in all (6307, 63.07, 6307.90.10).
const HS_CODE = /^\d{2,}(?:\.\d{2,})*$/;
function isHsCode(value: string) {
  const digits = value.replaceAll(".", "").length;
  return HS_CODE.test(value) && digits >= 4 && digits <= 10;
}

// A select gives "2.5", a caller may give 2.5; either must be one of the sampling table's AQLs.
const aql = z
  .union([z.number(), z.string()])
  .transform(Number)
  .pipe(z.number().refine((value) => LINE_AQL_CHOICES.includes(value), { message: "invalidChoice" }));

export const saveLineSchema = z.object({
  id: z.uuid().optional(),
  code: code(20),
  ...names,
  category: z.enum(LINE_CATEGORIES),
  unit: z.enum(UNITS),
  status: z.enum(CATALOG_STATUSES),
  inspectionLevel: z.enum(INSPECTION_LEVELS),
  hsCode: z
    .string()
    .trim()
    .refine((value) => !value || isHsCode(value), { message: "hsCodeFormat" })
    .optional(),
  aqlCritical: aql,
  aqlMajor: aql,
  aqlMinor: aql,
  materialIds: ids(200),
});

export type SaveLineInput = z.input<typeof saveLineSchema>;

const size = optionalWholeNumber(0, 100_000);
const weight = optionalWholeNumber(0, 1_000_000);

/** A product of a line; `id` edits an existing one, which stays in its line. */
export const saveProductSchema = z.object({
  id: z.uuid().optional(),
  lineId: z.uuid(),
  sku: code(40),
  articleNumber: optionalText(40).refine((value) => !value || !/^\d{13}$/.test(value) || isValidEan13(value), { message: "invalidEan13" }),
  ...names,
  nameJa: optionalText(200),
  // In the association's currency, as typed: "350", "350.50" or "350,50"; turned into minor units on save.
  price: z
    .string()
    .trim()
    .regex(/^\d{1,7}(?:[.,]\d{1,2})?$/, { message: "invalidPrice" }),
  status: z.enum(CATALOG_STATUSES),
  lengthMm: size,
  widthMm: size,
  heightMm: size,
  sizeToleranceMm: size,
  weightG: weight,
  weightToleranceG: weight,
  photoIds: ids(MAX_PRODUCT_PHOTOS),
});

export type SaveProductInput = z.input<typeof saveProductSchema>;

/** A raw material; a dye needs the colour it gives, other kinds drop the colour fields. */
export const saveMaterialSchema = z.object({
  id: z.uuid().optional(),
  code: code(40),
  kind: z.enum(MATERIAL_KINDS),
  ...names,
  plantSource: optionalText(200),
  colourEn: optionalText(100),
  colourRu: optionalText(100),
  colourKy: optionalText(100),
  colourHex: z.union([z.string().regex(/^#[0-9a-fA-F]{6}$/), z.literal("")]).optional(),
  regionId: z.union([z.uuid(), z.literal("")]).optional(),
  status: z.enum(MATERIAL_STATUSES),
}).refine((m) => m.kind !== "dye" || Boolean(m.colourHex), { path: ["colourHex"], message: "required" });

export type SaveMaterialInput = z.input<typeof saveMaterialSchema>;
