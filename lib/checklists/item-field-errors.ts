import type { z } from "zod";

/** The first message per item field, keyed as the editor names it ("items.2.unit"). */
export function itemFieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) result[["items", ...issue.path].join(".")] ??= issue.message;
  return result;
}
