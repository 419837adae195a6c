import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, inspections } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { acceptedQuantityError, decideBatchSchema, type DecideBatchInput } from "./schemas";

const DECIDABLE = new Set(["submitted", "in_inspection"]);

/**
 * Records a coordinator's decision on a submitted batch. The batch row is locked first, so of
 * two coordinators deciding at once exactly one wins; the other gets a conflict.
 */
export async function decideBatch(ctx: Ctx, input: DecideBatchInput) {
  authorize(ctx, "inspection.decide");
  const data = decideBatchSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const [batch] = await tx
      .select({ id: batches.id, status: batches.status, quantity: batches.quantity, lotCode: batches.lotCode })
      .from(batches)
      .where(scoped(ctx, batches, eq(batches.id, data.batchId)))
      .for("update");
    if (!batch) throw new NotFoundError();
    if (!DECIDABLE.has(batch.status)) throw new ConflictError("alreadyDecided");
    const quantityError = acceptedQuantityError(data.decision, data.acceptedQuantity, batch.quantity);
    if (quantityError) throw new ValidationError({ acceptedQuantity: quantityError });
    const rejectedQuantity = batch.quantity - data.acceptedQuantity;
    await tx
      .update(batches)
      .set({ status: data.decision, acceptedQuantity: data.acceptedQuantity, rejectedQuantity })
      .where(scoped(ctx, batches, eq(batches.id, batch.id)));
    const [inspection] = await tx
      .insert(inspections)
      .values({
        associationId: ctx.associationId,
        batchId: batch.id,
        inspectorId: ctx.userId,
        decision: data.decision,
        acceptedQuantity: data.acceptedQuantity,
        reason: data.reason || null,
      })
      .returning({ id: inspections.id });
    await recordAudit(tx, ctx, {
      action: "batch.decided",
      entityType: "batch",
      entityId: batch.id,
      before: { status: batch.status },
      after: { status: data.decision, acceptedQuantity: data.acceptedQuantity, rejectedQuantity, inspectionId: inspection!.id },
    });
    return { id: batch.id, lotCode: batch.lotCode, status: data.decision };
  });
}
