"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors/action-result";
import type { Failure } from "./use-action-form";

/**
 * Runs a server action from a button, after a confirmation when `confirmText` is given; on
 * success the page reloads its data, on failure `failure` holds what to show.
 */
export function useRefreshingAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const run = (work: () => Promise<ActionResult<unknown>>, confirmText?: string) =>
    startTransition(async () => {
      if (confirmText && !window.confirm(confirmText)) return;
      const result = await work();
      setFailure(result.ok ? null : { error: result.error, requestId: result.requestId });
      if (result.ok) router.refresh();
    });
  return { pending, failure, run };
}
