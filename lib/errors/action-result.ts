import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { DomainError } from "./domain-errors";
import { logError } from "./log-error";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; requestId?: string };

/** Maps any thrown value to the result a form shows; unknown errors are logged, never shown. */
export function toFailure(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  unstable_rethrow(error);
  if (error instanceof z.ZodError) return { ok: false, error: "validation", fieldErrors: fieldErrorsOf(error) };
  if (error instanceof DomainError) {
    return error.fieldErrors
      ? { ok: false, error: error.key, fieldErrors: error.fieldErrors }
      : { ok: false, error: error.key };
  }
  const requestId = randomUUID();
  logError(requestId, error);
  return { ok: false, error: "unexpected", requestId };
}

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return toFailure(error);
  }
}
