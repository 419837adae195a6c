"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/errors/action-result";

export type Failure = { error: string; requestId?: string };

/**
 * Runs a server action for a react-hook-form form: field errors go next to their fields, the
 * rest into `failure` for an alert. Returns the data on success.
 */
export function useActionForm<T extends FieldValues>(setError: UseFormSetError<T>) {
  const [failure, setFailure] = useState<Failure | null>(null);
  async function submit<R>(run: () => Promise<ActionResult<R>>): Promise<R | undefined> {
    setFailure(null);
    const result = await run();
    if (result.ok) return result.data;
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) setError(field as Path<T>, { message });
    setFailure({ error: result.error, requestId: result.requestId });
    return undefined;
  }
  return { failure, submit };
}
