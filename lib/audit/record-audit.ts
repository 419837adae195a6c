import type { Tx } from "@/db/connect";
import { auditEvents } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Appends one audit event inside the caller's transaction, so it lands with the change or not at all. */
export async function recordAudit(tx: Tx, ctx: Pick<Ctx, "associationId" | "userId">, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    associationId: ctx.associationId,
    actorId: ctx.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
