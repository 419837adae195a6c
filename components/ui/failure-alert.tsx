"use client";

import { Alert } from "./alert";
import type { Failure } from "./use-action-form";
import { useErrorText } from "./use-error-text";

export function FailureAlert({ failure }: { failure: Failure | null }) {
  const errorText = useErrorText();
  if (!failure) return null;
  return <Alert tone="error">{errorText(failure.error, { requestId: failure.requestId ?? "" })}</Alert>;
}
