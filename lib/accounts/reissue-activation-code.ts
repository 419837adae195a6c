import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { issueCode } from "./issue-code";
import type { IssuedAccount } from "./issued-account";
import { reissueActivationCodeSchema, type ReissueActivationCodeInput } from "./schemas";

/**
 * A new code for an account; earlier unused codes die. For an account already activated this is
 * a password reset: the old password stops working at once, so a leaked one is shut out.
 */
export async function reissueActivationCode(ctx: Ctx, input: ReissueActivationCodeInput, now = new Date()): Promise<IssuedAccount> {
  authorize(ctx, "account.issueProducer");
  const { userId } = reissueActivationCodeSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(scoped(ctx, users, eq(users.id, userId))).for("update");
    if (!user) throw new NotFoundError();
    // Coordinators hand codes to producers; only admins reset staff accounts.
    if (user.role !== "producer") authorize(ctx, "account.manageStaff");
    if (user.status !== "active") throw new ConflictError("accountDisabled");
    const reset = user.passwordHash !== null;
    if (reset) await tx.update(users).set({ passwordHash: null }).where(scoped(ctx, users, eq(users.id, user.id)));
    const issued = await issueCode(tx, ctx, user.id, now);
    await recordAudit(tx, ctx, {
      action: reset ? "user.password_reset" : "activation_code.reissued",
      entityType: "user",
      entityId: user.id,
      before: { activated: reset, revokedCodeIds: issued.revokedCodeIds },
      after: { activated: false, codeId: issued.codeId, expiresAt: issued.expiresAt },
    });
    return { userId: user.id, name: user.name, login: user.phone ?? user.email ?? "", locale: user.locale, code: issued.code, expiresAt: issued.expiresAt };
  });
}
