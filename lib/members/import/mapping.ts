import { ValidationError } from "@/lib/errors/domain-errors";
import { z } from "@/lib/validation/zod-messages";
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ColumnMapping } from "./fields";

export const columnMappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(1000));

/**
 * The user's mapping for a file with `columnCount` columns: every required field mapped, no
 * column used twice (two fields read from one column is always a slip of the select).
 */
export function parseMapping(input: unknown, columnCount: number): ColumnMapping {
  const parsed = columnMappingSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ mapping: "invalid" });
  const mapping = parsed.data;
  const errors: Record<string, string> = {};
  for (const field of REQUIRED_FIELDS) if (mapping[field] === undefined) errors[field] = "required";
  const seen = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (column >= columnCount) errors[field] = "invalidChoice";
    else if (seen.has(column)) errors[field] = "importColumnTwice";
    seen.add(column);
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return mapping;
}
