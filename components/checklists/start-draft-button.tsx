"use client";

import { useTranslations } from "next-intl";
import { startDraftAction } from "@/app/(app)/catalog/lines/[id]/checklist/actions";
import { ActionThenOpenButton } from "@/components/ui/action-then-open-button";
import { draftPath } from "@/lib/checklists/paths";

/** Opens the next version as a draft (a copy of the published items) and goes to the editor. */
export function StartDraftButton({ lineId, nextVersion }: { lineId: string; nextVersion: number }) {
  const t = useTranslations("checklists");
  return (
    <ActionThenOpenButton
      run={() => startDraftAction(lineId)}
      destination={() => draftPath(lineId)}
      label={nextVersion === 1 ? t("startFirst") : t("edit", { value: nextVersion })}
      busyLabel={t("starting")}
    />
  );
}
