import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { members, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { getAssociation } from "@/lib/tenancy/get-association";
import { scoped } from "@/lib/tenancy/scope";
import { accountLocale } from "./account-locale";
import { issueCode } from "./issue-code";
import type { IssuedAccount } from "./issued-account";
import { issueProducerAccountSchema, type IssueProducerAccountInput } from "./schemas";

/**
 * Creates a producer account for a member, not yet activated, and its first one-time code.
 * The member row is locked so two coordinators clicking at once make one account.
 */
export async function issueProducerAccount(ctx: Ctx, input: IssueProducerAccountInput, now = new Date()): Promise<IssuedAccount> {
  authorize(ctx, "account.issueProducer");
  const { memberId } = issueProducerAccountSchema.parse(input);
  const association = await getAssociation(ctx);
  return (await db()).transaction(async (tx) => {
    const [member] = await tx
      .select({ id: members.id, fullName: members.fullName, phone: members.phone })
      .from(members)
      .where(scoped(ctx, members, eq(members.id, memberId)))
      .for("update");
    if (!member) throw new NotFoundError();
    if (!member.phone) throw new ConflictError("memberHasNoPhone");
    const [existing] = await tx.select({ id: users.id }).from(users).where(scoped(ctx, users, eq(users.memberId, member.id)));
    if (existing) throw new ConflictError("accountExists");
    const locale = accountLocale(association.countryCode);
    const [user] = await tx
      .insert(users)
      .values({ associationId: ctx.associationId, name: member.fullName, phone: member.phone, role: "producer", locale, memberId: member.id })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) throw new ConflictError("phoneTaken");
    const issued = await issueCode(tx, ctx, user.id, now);
    await recordAudit(tx, ctx, { action: "user.created", entityType: "user", entityId: user.id, after: { role: "producer", memberId: member.id, locale } });
    await recordAudit(tx, ctx, { action: "activation_code.issued", entityType: "user", entityId: user.id, after: { codeId: issued.codeId, expiresAt: issued.expiresAt } });
    return { userId: user.id, name: member.fullName, login: member.phone, locale, code: issued.code, expiresAt: issued.expiresAt };
  });
}
