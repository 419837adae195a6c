import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { activationCodes, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashIdentifier, normalizeIdentifier } from "@/lib/auth/identifier";
import { userWithIdentifier } from "@/lib/auth/identifier-condition";
import { hashPassword, verifyPasswordOrNothing } from "@/lib/auth/password";
import { isThrottled, recordLoginAttempt } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { normalizeActivationCode } from "./activation-code";
import { activateAccountSchema, type ActivateAccountInput } from "./schemas";

type Identifier = NonNullable<ReturnType<typeof normalizeIdentifier>>;

/** Checks the code with its row locked, so of two activations with one code exactly one wins. */
async function redeem(tx: Tx, identifier: Identifier, code: string, password: string, now: Date): Promise<string | null> {
  const [user] = await tx.select().from(users).where(userWithIdentifier(identifier));
  const [live] = user
    ? await tx
        .select()
        .from(activationCodes)
        .where(scoped(user, activationCodes, and(eq(activationCodes.userId, user.id), isNull(activationCodes.usedAt), isNull(activationCodes.revokedAt))))
        .orderBy(desc(activationCodes.createdAt))
        .limit(1)
        .for("update")
    : [];
  const valid = await verifyPasswordOrNothing(live?.codeHash, code);
  if (!user || !live || !valid || live.expiresAt <= now || user.status !== "active") return null;
  await tx.update(activationCodes).set({ usedAt: now }).where(scoped(user, activationCodes, eq(activationCodes.id, live.id)));
  await tx.update(users).set({ passwordHash: await hashPassword(password) }).where(scoped(user, users, eq(users.id, user.id)));
  await recordAudit(tx, { associationId: user.associationId, userId: user.id }, { action: "user.activated", entityType: "user", entityId: user.id, after: { codeId: live.id } });
  return user.id;
}

/**
 * Sets the first (or a reset) password with a one-time code; no session. Unknown people, wrong,
 * expired, used and revoked codes all get the same answer, and guesses are throttled per
 * identifier and per address.
 */
export async function activateAccount(input: ActivateAccountInput, ip: string, now = new Date()): Promise<{ userId: string }> {
  const data = activateAccountSchema.parse(input);
  const database = await db();
  const identifier = normalizeIdentifier(data.phoneOrEmail);
  const identifierHash = hashIdentifier(identifier?.value ?? data.phoneOrEmail.toLowerCase());
  if (await isThrottled(database, identifierHash, ip, { kind: "activation", now })) throw new DomainError("activationThrottled");
  const code = normalizeActivationCode(data.code);
  const userId = identifier && code ? await database.transaction((tx) => redeem(tx, identifier, code, data.password, now)) : null;
  await recordLoginAttempt(database, identifierHash, ip, userId !== null, "activation");
  if (!userId) throw new DomainError("activationInvalid");
  return { userId };
}
