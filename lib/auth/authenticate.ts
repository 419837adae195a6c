import type { Db } from "@/db/connect";
import { users } from "@/db/schema";
import type { Ctx } from "./context";
import { hashIdentifier, normalizeIdentifier } from "./identifier";
import { userWithIdentifier } from "./identifier-condition";
import { verifyPasswordOrNothing } from "./password";
import { isThrottled, recordLoginAttempt } from "./throttle";

export type AuthOutcome = { ok: true; user: Ctx } | { ok: false; reason: "invalid" | "throttled" | "disabled" };

/** Checks a password sign-in. Unknown users cost the same time as known ones. */
export async function authenticate(database: Db, raw: { identifier: string; password: string }, ip: string): Promise<AuthOutcome> {
  const identifier = normalizeIdentifier(raw.identifier);
  const identifierHash = hashIdentifier(identifier?.value ?? raw.identifier.trim().toLowerCase());
  if (await isThrottled(database, identifierHash, ip)) return { ok: false, reason: "throttled" };
  const [user] = identifier ? await database.select().from(users).where(userWithIdentifier(identifier)) : [];
  const valid = await verifyPasswordOrNothing(user?.passwordHash, raw.password);
  await recordLoginAttempt(database, identifierHash, ip, Boolean(user && valid));
  if (!user || !valid) return { ok: false, reason: "invalid" };
  if (user.status !== "active") return { ok: false, reason: "disabled" };
  return {
    ok: true,
    user: {
      userId: user.id,
      associationId: user.associationId,
      role: user.role,
      locale: user.locale,
      name: user.name,
      memberId: user.memberId,
    },
  };
}
