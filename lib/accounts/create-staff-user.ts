import type { CountryCode } from "libphonenumber-js";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { normalizeIdentifier } from "@/lib/auth/identifier";
import { authorize } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors/domain-errors";
import { getAssociation } from "@/lib/tenancy/get-association";
import { accountLocale } from "./account-locale";
import { issueCode } from "./issue-code";
import type { IssuedAccount } from "./issued-account";
import { createStaffUserSchema, type CreateStaffUserInput } from "./schemas";

/** An admin adds a coordinator, admin or ministry user, who activates with a first one-time code. */
export async function createStaffUser(ctx: Ctx, input: CreateStaffUserInput, now = new Date()): Promise<IssuedAccount> {
  authorize(ctx, "account.manageStaff");
  const data = createStaffUserSchema.parse(input);
  const association = await getAssociation(ctx);
  const login = normalizeIdentifier(data.login, association.countryCode as CountryCode);
  if (!login) throw new ValidationError({ login: "invalidLogin" });
  const locale = accountLocale(association.countryCode);
  return (await db()).transaction(async (tx) => {
    // Phones and e-mails are unique across associations: sign-in happens before one is known.
    const [user] = await tx
      .insert(users)
      .values({
        associationId: ctx.associationId,
        name: data.name,
        email: login.kind === "email" ? login.value : null,
        phone: login.kind === "phone" ? login.value : null,
        role: data.role,
        locale,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) throw new ValidationError({ login: "loginTaken" });
    const issued = await issueCode(tx, ctx, user.id, now);
    await recordAudit(tx, ctx, { action: "user.created", entityType: "user", entityId: user.id, after: { role: data.role, name: data.name, locale } });
    await recordAudit(tx, ctx, { action: "activation_code.issued", entityType: "user", entityId: user.id, after: { codeId: issued.codeId, expiresAt: issued.expiresAt } });
    return { userId: user.id, name: data.name, login: login.value, locale, code: issued.code, expiresAt: issued.expiresAt };
  });
}
