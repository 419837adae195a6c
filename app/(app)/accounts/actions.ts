"use server";

import { issueProducerAccount } from "@/lib/accounts/issue-producer-account";
import { reissueActivationCode } from "@/lib/accounts/reissue-activation-code";
import type { IssueProducerAccountInput, ReissueActivationCodeInput } from "@/lib/accounts/schemas";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { slipForRequest } from "./slip-for-request";

export async function issueProducerAccountAction(input: IssueProducerAccountInput) {
  const ctx = await requireSession();
  return runAction(async () => slipForRequest(ctx, await issueProducerAccount(ctx, input)));
}

export async function reissueActivationCodeAction(input: ReissueActivationCodeInput) {
  const ctx = await requireSession();
  return runAction(async () => slipForRequest(ctx, await reissueActivationCode(ctx, input)));
}
