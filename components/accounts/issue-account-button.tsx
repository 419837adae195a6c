"use client";

import { useTranslations } from "next-intl";
import { issueProducerAccountAction } from "@/app/(app)/accounts/actions";
import { ReissueCodeButton } from "./reissue-code-button";
import { SlipButton } from "./slip-button";

/**
 * For a member's profile: creates their producer account and prints the activation slip, or,
 * once they have one, prints a new code (which cuts off the old code and password).
 */
export function IssueAccountButton({ memberId, hasAccount, userId }: { memberId: string; hasAccount: boolean; userId?: string }) {
  const t = useTranslations("accounts");
  if (!hasAccount) return <SlipButton label={t("createAccount")} run={() => issueProducerAccountAction({ memberId })} />;
  return userId ? <ReissueCodeButton userId={userId} /> : null;
}
