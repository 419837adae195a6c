import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { changeUserRoleSchema, type ChangeUserRoleInput } from "./schemas";

/** Moves a staff user between coordinator, admin and ministry; producer accounts belong to a member and keep their role. */
export async function changeUserRole(ctx: Ctx, input: ChangeUserRoleInput): Promise<{ userId: string; role: string }> {
  authorize(ctx, "account.manageStaff");
  const data = changeUserRoleSchema.parse(input);
  if (data.userId === ctx.userId) throw new ConflictError("ownAccount");
  return (await db()).transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, role: users.role }).from(users).where(scoped(ctx, users, eq(users.id, data.userId))).for("update");
    if (!user) throw new NotFoundError();
    if (user.role === "producer") throw new ConflictError("producerRoleFixed");
    if (user.role === data.role) return { userId: user.id, role: user.role };
    await tx.update(users).set({ role: data.role }).where(scoped(ctx, users, eq(users.id, user.id)));
    await recordAudit(tx, ctx, { action: "user.role_changed", entityType: "user", entityId: user.id, before: { role: user.role }, after: { role: data.role } });
    return { userId: user.id, role: data.role };
  });
}
