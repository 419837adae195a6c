import { and, count, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/connect";
import { loginAttempts } from "@/db/schema";

export type AttemptKind = (typeof loginAttempts.kind.enumValues)[number];

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_IDENTIFIER = 5;
export const MAX_FAILURES_PER_IP = 30;
// Activation codes are guessed rather than mistyped, so an address gets fewer tries than for passwords.
export const MAX_ACTIVATION_FAILURES_PER_IDENTIFIER = 5;
export const MAX_ACTIVATION_FAILURES_PER_IP = 20;

const LIMITS: Record<AttemptKind, { perIdentifier: number; perIp: number }> = {
  password: { perIdentifier: MAX_FAILURES_PER_IDENTIFIER, perIp: MAX_FAILURES_PER_IP },
  activation: { perIdentifier: MAX_ACTIVATION_FAILURES_PER_IDENTIFIER, perIp: MAX_ACTIVATION_FAILURES_PER_IP },
};

async function failuresSince(
  database: Db,
  kind: AttemptKind,
  column: typeof loginAttempts.identifierHash | typeof loginAttempts.ip,
  value: string,
  since: Date,
) {
  const [row] = await database
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.kind, kind), eq(column, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  return row?.n ?? 0;
}

/**
 * Too many recent failures of this kind for this identifier or from this address; kept in the
 * database so all app instances agree. Password and activation failures are counted apart.
 */
export async function isThrottled(
  database: Db,
  identifierHash: string,
  ip: string,
  { kind = "password", now = new Date() }: { kind?: AttemptKind; now?: Date } = {},
): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [byIdentifier, byIp] = await Promise.all([
    failuresSince(database, kind, loginAttempts.identifierHash, identifierHash, since),
    failuresSince(database, kind, loginAttempts.ip, ip, since),
  ]);
  return byIdentifier >= LIMITS[kind].perIdentifier || byIp >= LIMITS[kind].perIp;
}

export async function recordLoginAttempt(database: Db, identifierHash: string, ip: string, succeeded: boolean, kind: AttemptKind = "password"): Promise<void> {
  await database.insert(loginAttempts).values({ kind, identifierHash, ip, succeeded });
}
