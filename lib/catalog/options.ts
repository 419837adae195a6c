import { AQL_VALUES } from "@/lib/qc/sampling";

/** The choices of the catalog forms; they mirror the enums of db/schema/products.ts and materials.ts. */
export const LINE_CATEGORIES = ["textile", "felt_toy", "food", "cosmetics", "craft"] as const;
export const CATALOG_STATUSES = ["draft", "active", "retired"] as const;
export type CatalogStatus = (typeof CATALOG_STATUSES)[number];

/** Units a line counts its batches in. */
export const UNITS = ["pcs", "pair", "set", "jar", "bottle", "pack", "kg", "m"] as const;
export type Unit = (typeof UNITS)[number];

export function isUnit(value: string): value is Unit {
  return (UNITS as readonly string[]).includes(value);
}

/** 0 means no defect of the class is tolerated; the rest are the sampling table's columns. */
export const LINE_AQL_CHOICES: readonly number[] = [0, ...AQL_VALUES];
export const DEFAULT_AQL = { critical: 0, major: 2.5, minor: 4 } as const;

export const MATERIAL_KINDS = ["fibre", "dye", "ingredient", "packaging"] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const MATERIAL_STATUSES = ["active", "retired"] as const;
