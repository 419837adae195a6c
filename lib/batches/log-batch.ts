import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { batches, lotSequences } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ForbiddenError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { batchSnapshot, checkContents, findActiveProduct, replaceContents } from "./batch-contents";
import { formatLotCode, newPublicCode } from "./lot-code";
import { logBatchSchema, type LogBatchInput } from "./schemas";

export type SavedBatch = { id: string; lotCode: string; status: (typeof batches.$inferSelect)["status"] };

class DuplicateRequest extends Error {}

async function findByRequestId(tx: Tx, ctx: Ctx, clientRequestId: string): Promise<SavedBatch | undefined> {
  const [row] = await tx
    .select({ id: batches.id, lotCode: batches.lotCode, status: batches.status })
    .from(batches)
    .where(scoped(ctx, batches, eq(batches.clientRequestId, clientRequestId)));
  return row;
}

async function nextLotNumber(tx: Tx, ctx: Ctx, lineCode: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(lotSequences)
    .values({ associationId: ctx.associationId, lineCode, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [lotSequences.associationId, lotSequences.lineCode, lotSequences.year],
      set: { lastValue: sql`${lotSequences.lastValue} + 1` },
    })
    .returning({ value: lotSequences.lastValue });
  return row!.value;
}

/**
 * A producer logs a batch, as a draft or straight for inspection; either way it gets its lot code
 * now. The client request id makes a double tap or a retry return the batch the first request
 * created instead of a second one.
 */
export async function logBatch(ctx: Ctx, input: LogBatchInput): Promise<SavedBatch> {
  authorize(ctx, "batch.log");
  if (!ctx.memberId) throw new ForbiddenError();
  const memberId = ctx.memberId;
  const data = logBatchSchema.parse(input);
  const database = await db();
  try {
    return await database.transaction(async (tx) => {
      const existing = await findByRequestId(tx, ctx, data.clientRequestId);
      if (existing) return existing;
      const product = await findActiveProduct(tx, ctx, data.productId);
      if (!product) throw new ValidationError({ productId: "notFound" });
      const contents = await checkContents(tx, ctx, product.lineId, data);
      if (Object.keys(contents.errors).length) throw new ValidationError(contents.errors);
      const year = Number(data.producedTo.slice(0, 4));
      const lotCode = formatLotCode(product.lineCode, year, await nextLotNumber(tx, ctx, product.lineCode, year));
      const submittedAt = data.intent === "submit" ? new Date() : null;
      const [created] = await tx
        .insert(batches)
        .values({
          associationId: ctx.associationId,
          lotCode,
          publicCode: newPublicCode(),
          productId: product.id,
          memberId,
          createdBy: ctx.userId,
          quantity: data.quantity,
          producedFrom: data.producedFrom,
          producedTo: data.producedTo,
          notes: data.notes || null,
          status: submittedAt ? "submitted" : "draft",
          clientRequestId: data.clientRequestId,
          submittedAt,
        })
        .onConflictDoNothing({ target: [batches.associationId, batches.clientRequestId] })
        .returning({ id: batches.id, lotCode: batches.lotCode, status: batches.status });
      // A parallel request with the same id won the race: undo our lot number and return theirs.
      if (!created) throw new DuplicateRequest();
      await replaceContents(tx, ctx, created.id, contents.materials, data.photoIds);
      // One event per producer action: logged as a draft, or logged and submitted at once.
      await recordAudit(tx, ctx, {
        action: submittedAt ? "batch.submitted" : "batch.created",
        entityType: "batch",
        entityId: created.id,
        after: { lotCode, status: created.status, submittedAt, ...batchSnapshot(data, contents.materials, data.photoIds) },
      });
      return created;
    });
  } catch (error) {
    if (!(error instanceof DuplicateRequest)) throw error;
    const winner = await database.transaction((tx) => findByRequestId(tx, ctx, data.clientRequestId));
    return winner!;
  }
}
