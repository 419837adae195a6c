import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { setUserStatusSchema, type SetUserStatusInput } from "./schemas";

/** Disables or enables an account, with a reason. A disabled user is refused on their next request. */
export async function setUserStatus(ctx: Ctx, input: SetUserStatusInput): Promise<{ userId: string; status: "active" | "disabled" }> {
  authorize(ctx, "account.manageStaff");
  const data = setUserStatusSchema.parse(input);
  // An admin who locked themself out might leave the association with no admin at all.
  if (data.userId === ctx.userId) throw new ConflictError("ownAccount");
  return (await db()).transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, status: users.status }).from(users).where(scoped(ctx, users, eq(users.id, data.userId))).for("update");
    if (!user) throw new NotFoundError();
    if (user.status === data.status) return { userId: user.id, status: user.status };
    await tx.update(users).set({ status: data.status }).where(scoped(ctx, users, eq(users.id, user.id)));
    await recordAudit(tx, ctx, {
      action: data.status === "disabled" ? "user.disabled" : "user.enabled",
      entityType: "user",
      entityId: user.id,
      before: { status: user.status },
      after: { status: data.status, reason: data.reason },
    });
    return { userId: user.id, status: data.status };
  });
}
