"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";
import type { ActivationSlip } from "@/lib/accounts/slip";
import type { ActionResult } from "@/lib/errors/action-result";
import { ActivationSlipView } from "./activation-slip";

type Props = {
  label: string;
  /** Asked before running, for actions that cut off a code or password in use. */
  confirm?: string;
  variant?: ButtonVariant;
  run: () => Promise<ActionResult<ActivationSlip>>;
};

/** Runs an action that issues a code and shows the slip it returns; the code lives only in this state. */
export function SlipButton({ label, confirm, variant = "primary", run }: Props) {
  const t = useTranslations("accounts");
  const router = useRouter();
  const [slip, setSlip] = useState<ActivationSlip | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const issue = () =>
    startTransition(async () => {
      setConfirming(false);
      setFailure(null);
      const result = await run();
      if (result.ok) setSlip(result.data);
      else setFailure({ error: result.error, requestId: result.requestId });
    });
  const close = () => {
    setSlip(null);
    router.refresh();
  };

  return (
    <div className="space-y-2">
      <FailureAlert failure={failure} />
      {confirming ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm">{confirm}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={issue}>
              {t("confirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant={variant} disabled={pending} onClick={confirm ? () => setConfirming(true) : issue}>
          {pending ? t("issuing") : label}
        </Button>
      )}
      {slip ? <ActivationSlipView slip={slip} onClose={close} /> : null}
    </div>
  );
}
