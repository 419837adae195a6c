import { z } from "./zod-messages";

function toNumber(value: unknown): unknown {
  if (value === "" || value === null || value === undefined) return undefined;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return value;
}

/** A whole number typed into a form: an empty box is "required", text is "not a number". */
export function wholeNumber(min: number, max: number) {
  return z.preprocess(toNumber, z.number().int().min(min).max(max)) as z.ZodType<number, string | number>;
}

/** Like `wholeNumber`, but an empty box means "not given". */
export function optionalWholeNumber(min: number, max: number) {
  return (z.preprocess(toNumber, z.number().int().min(min).max(max).optional()) as z.ZodType<number | undefined, string | number>).optional();
}

/** A decimal typed into a form where an empty box means none; text is "not a number". */
export function decimalOrEmpty() {
  return z.preprocess(toNumber, z.number().optional()) as z.ZodType<number | undefined, string | number>;
}
