import type { z } from "zod";

/** First message key per top-level field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    result[field] ??= issue.message;
  }
  return result;
}

/** Splits "tooLong?max=200" into the key and its values for the translator. */
export function parseMessageKey(message: string): { key: string; values: Record<string, string> } {
  const [key = "invalid", query = ""] = message.split("?");
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}
