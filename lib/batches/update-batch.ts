import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, products } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { batchSnapshot, checkContents, findActiveProduct, replaceContents } from "./batch-contents";
import { isEditableStatus } from "./editable";
import type { SavedBatch } from "./log-batch";
import { updateBatchSchema, type UpdateBatchInput } from "./schemas";

/**
 * A producer changes their own draft, or a batch the inspector sent back for rework, and may
 * submit it. Everything is replaced in one transaction; the lot code stays, so the product must
 * stay in the line the code names. Once submitted the batch is read-only for them.
 */
export async function updateBatch(ctx: Ctx, input: UpdateBatchInput): Promise<SavedBatch> {
  authorize(ctx, "batch.log");
  const memberId = ctx.memberId;
  if (!memberId) throw new ForbiddenError();
  const data = updateBatchSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const [before] = await tx
      .select({ batch: batches, lineId: products.lineId })
      .from(batches)
      .innerJoin(products, tenantJoin(products, batches, batches.productId))
      .where(scoped(ctx, batches, eq(batches.id, data.batchId), eq(batches.memberId, memberId)))
      .for("update", { of: batches });
    if (!before) throw new NotFoundError();
    const { batch } = before;
    if (!isEditableStatus(batch.status)) throw new ConflictError("batchLocked");
    const product = await findActiveProduct(tx, ctx, data.productId);
    if (!product) throw new ValidationError({ productId: "notFound" });
    if (product.lineId !== before.lineId) throw new ValidationError({ productId: "otherLine" });
    const contents = await checkContents(tx, ctx, product.lineId, data);
    if (Object.keys(contents.errors).length) throw new ValidationError(contents.errors);

    const now = new Date();
    const submitting = data.intent === "submit";
    const status = submitting ? "submitted" : batch.status;
    const submittedAt = submitting ? now : batch.submittedAt;
    await tx
      .update(batches)
      .set({
        productId: product.id,
        quantity: data.quantity,
        producedFrom: data.producedFrom,
        producedTo: data.producedTo,
        notes: data.notes || null,
        status,
        submittedAt,
        updatedAt: now,
      })
      .where(scoped(ctx, batches, eq(batches.id, batch.id)));
    await replaceContents(tx, ctx, batch.id, contents.materials, data.photoIds);

    const { productId, quantity, producedFrom, producedTo, notes } = batch;
    await recordAudit(tx, ctx, {
      action: !submitting ? "batch.updated" : batch.status === "rework" ? "batch.resubmitted" : "batch.submitted",
      entityType: "batch",
      entityId: batch.id,
      before: { status: batch.status, submittedAt: batch.submittedAt, productId, quantity, producedFrom, producedTo, notes },
      after: { status, submittedAt, ...batchSnapshot(data, contents.materials, data.photoIds) },
    });
    return { id: batch.id, lotCode: batch.lotCode, status };
  });
}
