import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, inspections } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError } from "@/lib/errors/domain-errors";
import { notifyMemberAccount } from "@/lib/notifications/notify";
import { scoped } from "@/lib/tenancy/scope";
import { lockInspection } from "./lock-inspection";
import { batchStatusAfter, quantitiesAfter } from "./outcome";

/**
 * Four eyes: a coordinator other than the inspector approves. Approval freezes the inspection,
 * settles the batch's quantities and tells the producer. Of two approving at once, one wins.
 */
export async function approveInspection(ctx: Ctx, inspectionId: string) {
  authorize(ctx, "inspection.approve");
  return (await db()).transaction(async (tx) => {
    const inspection = await lockInspection(tx, ctx, inspectionId);
    if (inspection.status === "approved") throw new ConflictError("alreadyApproved");
    if (inspection.status !== "awaiting_approval" || !inspection.outcome) throw new ConflictError("inspectionNotSubmitted");
    if (inspection.inspectorId === ctx.userId) throw new ConflictError("fourEyes");
    const outcome = inspection.outcome;
    const quantities = quantitiesAfter(outcome, inspection.lotSize, inspection.acceptedQuantity);
    const status = batchStatusAfter(outcome);
    const approvedAt = new Date();
    await tx
      .update(inspections)
      .set({ status: "approved", approverId: ctx.userId, approvedAt })
      .where(scoped(ctx, inspections, eq(inspections.id, inspection.id)));
    const [batch] = await tx
      .update(batches)
      .set({ status, acceptedQuantity: quantities.accepted, rejectedQuantity: quantities.rejected, updatedAt: approvedAt })
      .where(scoped(ctx, batches, eq(batches.id, inspection.batchId), eq(batches.status, "in_inspection")))
      .returning({ id: batches.id, lotCode: batches.lotCode, memberId: batches.memberId });
    if (!batch) throw new ConflictError("batchNotInInspection");
    await recordAudit(tx, ctx, {
      action: "inspection.approved",
      entityType: "inspection",
      entityId: inspection.id,
      before: { status: inspection.status },
      after: { status: "approved", batchId: batch.id },
    });
    await recordAudit(tx, ctx, {
      action: "batch.decided",
      entityType: "batch",
      entityId: batch.id,
      before: { status: "in_inspection" },
      after: { status, acceptedQuantity: quantities.accepted, rejectedQuantity: quantities.rejected, inspectionId: inspection.id },
    });
    await notifyMemberAccount(tx, ctx, batch.memberId, {
      kind: "inspection.decided",
      entityType: "batch",
      entityId: batch.id,
      params: {
        lotCode: batch.lotCode,
        outcome,
        acceptedQuantity: quantities.accepted,
        rejectedQuantity: quantities.rejected,
        remarks: inspection.remarks,
        batchId: batch.id,
      },
    });
    return { id: inspection.id, batchId: batch.id, status };
  });
}
