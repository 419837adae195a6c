"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/errors/action-result";
import type { ReviewAction } from "./review-action";

/**
 * Posts a review form to its action and keeps what the user typed when it is refused. After a
 * success `round` changes: keyed on it, the form starts empty again.
 */
export function useReviewAction<T>(action: ReviewAction<T>) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [round, setRound] = useState(0);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button pressed carries the choice (approve or request changes).
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(async () => {
      const next = await action(result, formData);
      setResult(next);
      if (!next.ok) return;
      setRound((r) => r + 1);
      router.refresh();
    });
  }

  const failure = result && !result.ok ? result : null;
  return { onSubmit, pending, failure, fieldErrors: failure?.fieldErrors ?? {}, succeeded: result?.ok === true, round };
}
