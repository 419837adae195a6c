"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startDraftAction } from "@/app/(app)/catalog/lines/[id]/checklist/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";
import { draftPath } from "@/lib/checklists/paths";

/** Opens the next version as a draft (a copy of the published items) and goes to the editor. */
export function StartDraftButton({ lineId, nextVersion }: { lineId: string; nextVersion: number }) {
  const t = useTranslations("checklists");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [started, setStarted] = useState(false);
  const start = () =>
    startTransition(async () => {
      const result = await startDraftAction(lineId);
      if (!result.ok) {
        setFailure({ error: result.error, requestId: result.requestId });
        return;
      }
      setStarted(true);
      router.push(draftPath(lineId));
    });
  return (
    <div className="space-y-2">
      <FailureAlert failure={failure} />
      <Button type="button" onClick={start} disabled={pending || started}>
        {pending || started ? t("starting") : nextVersion === 1 ? t("startFirst") : t("edit", { value: nextVersion })}
      </Button>
    </div>
  );
}
