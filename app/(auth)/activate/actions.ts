"use server";

import { headers } from "next/headers";
import { activateAccount } from "@/lib/accounts/activate-account";
import type { ActivateAccountInput } from "@/lib/accounts/schemas";
import { clientIp } from "@/lib/auth/options";
import { runAction } from "@/lib/errors/action-result";

/** Public: no session yet. The client signs in with the new password on success. */
export async function activateAccountAction(input: ActivateAccountInput) {
  const ip = clientIp(Object.fromEntries((await headers()).entries()));
  return runAction(async () => {
    await activateAccount(input, ip);
    return true;
  });
}
