import { and, count, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/connect";
import { loginAttempts } from "@/db/schema";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_IDENTIFIER = 5;
export const MAX_FAILURES_PER_IP = 30;

async function failuresSince(database: Db, column: typeof loginAttempts.identifierHash | typeof loginAttempts.ip, value: string, since: Date) {
  const [row] = await database
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  return row?.n ?? 0;
}

/** Too many recent failures for this identifier or from this address; kept in the database so all app instances agree. */
export async function isThrottled(database: Db, identifierHash: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [byIdentifier, byIp] = await Promise.all([
    failuresSince(database, loginAttempts.identifierHash, identifierHash, since),
    failuresSince(database, loginAttempts.ip, ip, since),
  ]);
  return byIdentifier >= MAX_FAILURES_PER_IDENTIFIER || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(database: Db, identifierHash: string, ip: string, succeeded: boolean): Promise<void> {
  await database.insert(loginAttempts).values({ identifierHash, ip, succeeded });
}
