import type { ActionResult } from "@/lib/errors/action-result";
import type { LabelSheetRequest } from "./schemas";

type Failure = Extract<ActionResult<never>, { ok: false }>;
type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const all = (params: Params, name: string): string[] => {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

/**
 * The sheet form's query (`batch` repeated, `size`, `copies`) as a request. The same query comes
 * back to the form after a refusal, with a `problem` per error ("field:key", or "key" for the form).
 */
export function sheetRequestFromQuery(params: Params): LabelSheetRequest {
  return { batchIds: all(params, "batch"), sizeId: all(params, "size")[0] || undefined, copiesPerLot: all(params, "copies")[0] || undefined };
}

export function problemsOf(failure: Failure): string[] {
  const fields = Object.entries(failure.fieldErrors ?? {}).map(([field, key]) => `${field}:${key}`);
  return fields.length > 0 ? fields : [failure.error];
}

/** The problems of a returned query: message keys per field, and one for the form. */
export function problemsFromQuery(params: Params): { fieldErrors: Record<string, string>; error?: string } {
  const fieldErrors: Record<string, string> = {};
  let error: string | undefined;
  for (const problem of all(params, "problem")) {
    const colon = problem.indexOf(":");
    if (colon > 0) fieldErrors[problem.slice(0, colon)] ??= problem.slice(colon + 1);
    else error ??= problem;
  }
  return { fieldErrors, error };
}
