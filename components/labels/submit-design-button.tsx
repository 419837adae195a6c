"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { submitLabelDesignAction } from "@/app/(app)/labels/[id]/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";

type Props = { designId: string; blockedBy: number; unsaved: boolean };

/** Puts the saved design before the reviewers; disabled, saying why, while a required check fails or changes are unsaved. */
export function SubmitDesignButton({ designId, blockedBy, unsaved }: Props) {
  const t = useTranslations("labels.editor");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const reason = blockedBy > 0 ? t("submitBlocked", { count: blockedBy }) : unsaved ? t("saveFirst") : null;
  const submit = () =>
    startTransition(async () => {
      const result = await submitLabelDesignAction(designId);
      if (result.ok) {
        router.push(`/labels/${designId}?done=submitted`);
        return;
      }
      // Refused by the checklist: the refreshed page shows what fails.
      setFailure(result.error === "validation" ? { error: "labelChecksFail" } : { error: result.error, requestId: result.requestId });
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <FailureAlert failure={failure} />
      <Button type="button" onClick={submit} disabled={pending || reason !== null} aria-describedby={reason ? "submit-reason" : undefined} data-testid="submit-design">
        {pending ? t("submitting") : t("submit")}
      </Button>
      {reason ? (
        <p id="submit-reason" className="text-sm text-stone-700">
          {reason} {blockedBy > 0 ? <a href="#checklist" className="text-brand-700 underline">{t("seeChecklist")}</a> : null}
        </p>
      ) : null}
    </div>
  );
}
