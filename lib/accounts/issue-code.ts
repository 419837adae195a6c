import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { activationCodes } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { hashPassword } from "@/lib/auth/password";
import { scoped } from "@/lib/tenancy/scope";
import { CODE_LIFETIME_MS, generateActivationCode } from "./activation-code";

/**
 * Revokes the user's unused codes and stores a new one. Only its argon2id hash is kept: a code
 * has about 39 bits, so a fast hash of it would fall to brute force from a database copy.
 */
export async function issueCode(tx: Tx, ctx: Ctx, userId: string, now: Date) {
  const revoked = await tx
    .update(activationCodes)
    .set({ revokedAt: now })
    .where(scoped(ctx, activationCodes, and(eq(activationCodes.userId, userId), isNull(activationCodes.usedAt), isNull(activationCodes.revokedAt))))
    .returning({ id: activationCodes.id });
  const code = generateActivationCode();
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_MS);
  const [row] = await tx
    .insert(activationCodes)
    .values({ associationId: ctx.associationId, userId, codeHash: await hashPassword(code), expiresAt, createdBy: ctx.userId, createdAt: now })
    .returning({ id: activationCodes.id });
  return { code, codeId: row!.id, expiresAt, revokedCodeIds: revoked.map((r) => r.id) };
}
