import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { activationCodes, members, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { accountColumns } from "./account-columns";

/** One account of the association for the admin's user page, with its outstanding code if any. */
export async function getUser(ctx: Ctx, userId: string) {
  authorize(ctx, "account.manageStaff");
  if (!/^[0-9a-f-]{36}$/i.test(userId)) throw new NotFoundError();
  const database = await db();
  const [user] = await database
    .select(accountColumns)
    .from(users)
    .leftJoin(members, tenantJoin(members, users, users.memberId))
    .where(scoped(ctx, users, eq(users.id, userId)));
  if (!user) throw new NotFoundError();
  const [code] = await database
    .select({ expiresAt: activationCodes.expiresAt })
    .from(activationCodes)
    .where(scoped(ctx, activationCodes, and(eq(activationCodes.userId, userId), isNull(activationCodes.usedAt), isNull(activationCodes.revokedAt))))
    .orderBy(desc(activationCodes.createdAt))
    .limit(1);
  return { ...user, codeExpiresAt: code?.expiresAt ?? null };
}
