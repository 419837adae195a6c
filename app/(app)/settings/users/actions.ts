"use server";

import { revalidatePath } from "next/cache";
import { changeUserRole } from "@/lib/accounts/change-user-role";
import { createStaffUser } from "@/lib/accounts/create-staff-user";
import type { ChangeUserRoleInput, CreateStaffUserInput, SetUserStatusInput } from "@/lib/accounts/schemas";
import { setUserStatus } from "@/lib/accounts/set-user-status";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { slipForRequest } from "@/app/(app)/accounts/slip-for-request";

export async function createStaffUserAction(input: CreateStaffUserInput) {
  const ctx = await requireSession();
  return runAction(async () => slipForRequest(ctx, await createStaffUser(ctx, input)));
}

export async function setUserStatusAction(input: SetUserStatusInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await setUserStatus(ctx, input);
    revalidatePath("/settings/users", "layout");
    return result;
  });
}

export async function changeUserRoleAction(input: ChangeUserRoleInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await changeUserRole(ctx, input);
    revalidatePath("/settings/users", "layout");
    return result;
  });
}
