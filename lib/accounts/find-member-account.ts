import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { members, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { scoped } from "@/lib/tenancy/scope";

/** A member by number with their account, if any, for a coordinator about to issue a code. */
export async function findMemberAccount(ctx: Ctx, memberNumber: string) {
  authorize(ctx, "account.issueProducer");
  const [member] = await (await db())
    .select({ id: members.id, memberNumber: members.memberNumber, fullName: members.fullName, phone: members.phone, userId: users.id, userStatus: users.status })
    .from(members)
    .leftJoin(users, scoped(ctx, users, eq(users.memberId, members.id)))
    .where(scoped(ctx, members, eq(members.memberNumber, memberNumber.trim().toUpperCase())))
    .limit(1);
  return member ?? null;
}
