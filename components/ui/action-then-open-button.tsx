"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors/action-result";
import { Button } from "./button";
import { FailureAlert } from "./failure-alert";
import type { Failure } from "./use-action-form";

type Props<T> = {
  run: () => Promise<ActionResult<T>>;
  destination: (data: T) => string;
  label: string;
  busyLabel: string;
  ariaLabel?: string;
};

/** A button that runs a server action and, when it succeeds, opens the page it leads to. */
export function ActionThenOpenButton<T>({ run, destination, label, busyLabel, ariaLabel }: Props<T>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [started, setStarted] = useState(false);
  const start = () =>
    startTransition(async () => {
      const result = await run();
      if (!result.ok) {
        setFailure({ error: result.error, requestId: result.requestId });
        return;
      }
      setStarted(true);
      router.push(destination(result.data));
    });
  return (
    <div className="space-y-2">
      <FailureAlert failure={failure} />
      <Button type="button" onClick={start} disabled={pending || started} aria-label={ariaLabel}>
        {pending || started ? busyLabel : label}
      </Button>
    </div>
  );
}
