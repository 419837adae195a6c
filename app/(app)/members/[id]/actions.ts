"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { changeMemberStatus, setMemberConsent } from "@/lib/members/change-status";
import type { ChangeMemberStatusInput, SetMemberConsentInput, UpdateMemberInput } from "@/lib/members/schemas";
import { updateMember } from "@/lib/members/update-member";

export async function updateMemberAction(input: UpdateMemberInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await updateMember(ctx, input);
    revalidatePath(`/members/${result.id}`);
    return result;
  });
}

export async function changeMemberStatusAction(input: ChangeMemberStatusInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await changeMemberStatus(ctx, input);
    revalidatePath(`/members/${result.id}`);
    return result;
  });
}

export async function setMemberConsentAction(input: SetMemberConsentInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await setMemberConsent(ctx, input);
    revalidatePath(`/members/${result.id}`);
    return result;
  });
}
