"use client";

import { useTranslations } from "next-intl";
import { submitToCommitteeAction } from "@/app/(app)/ideas/[id]/actions";
import { ActionThenOpenButton } from "@/components/ui/action-then-open-button";

/** Puts the idea, as it stands, before the committee as a new review version. */
export function SubmitToCommitteeButton({ ideaId }: { ideaId: string }) {
  const t = useTranslations("ideas.actions");
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{t("submitToCommittee")}</h3>
      <p className="text-sm text-stone-700">{t("submitHint")}</p>
      <ActionThenOpenButton
        run={() => submitToCommitteeAction(ideaId)}
        destination={() => `/ideas/${ideaId}?done=submitted`}
        label={t("submitToCommittee")}
        busyLabel={t("working")}
      />
    </div>
  );
}
