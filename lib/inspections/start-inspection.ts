import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, inspections, productLines, products } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { currentChecklistIn } from "@/lib/checklists/current-checklist";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { planForLot, sampleToDraw } from "@/lib/qc/decision";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

/**
 * Opens an inspection of a submitted batch with its line's current checklist and the ISO 2859-1
 * plan for the lot. The batch row is locked, so of two coordinators starting at once one wins.
 */
export async function startInspection(ctx: Ctx, batchId: string): Promise<{ id: string }> {
  authorize(ctx, "inspection.perform");
  if (!isUuid(batchId)) throw new NotFoundError();
  return (await db()).transaction(async (tx) => {
    const [batch] = await tx
      .select({
        id: batches.id,
        status: batches.status,
        quantity: batches.quantity,
        lotCode: batches.lotCode,
        lineId: productLines.id,
        level: productLines.inspectionLevel,
        aqlCritical: productLines.aqlCritical,
        aqlMajor: productLines.aqlMajor,
        aqlMinor: productLines.aqlMinor,
      })
      .from(batches)
      .innerJoin(products, tenantJoin(products, batches, batches.productId))
      .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
      .where(scoped(ctx, batches, eq(batches.id, batchId)))
      .for("update", { of: batches });
    if (!batch) throw new NotFoundError();
    if (batch.status === "in_inspection") throw new ConflictError("inspectionAlreadyStarted");
    if (batch.status !== "submitted") throw new ConflictError("batchNotSubmitted");
    const checklist = await currentChecklistIn(tx, ctx, batch.lineId);
    if (!checklist) throw new ConflictError("noPublishedChecklist");
    const plan = planForLot({
      lotSize: batch.quantity,
      level: batch.level,
      aql: { critical: batch.aqlCritical, major: batch.aqlMajor, minor: batch.aqlMinor },
    });
    const [inspection] = await tx
      .insert(inspections)
      .values({
        associationId: ctx.associationId,
        batchId: batch.id,
        templateId: checklist.id,
        inspectorId: ctx.userId,
        lotSize: batch.quantity,
        level: batch.level,
        sampleSize: sampleToDraw(plan),
        plan,
      })
      .returning({ id: inspections.id });
    await tx
      .update(batches)
      .set({ status: "in_inspection", updatedAt: new Date() })
      .where(scoped(ctx, batches, eq(batches.id, batch.id)));
    await recordAudit(tx, ctx, {
      action: "inspection.started",
      entityType: "batch",
      entityId: batch.id,
      before: { status: batch.status },
      after: { status: "in_inspection", inspectionId: inspection!.id, checklistVersion: checklist.version, sampleSize: sampleToDraw(plan) },
    });
    return inspection!;
  });
}
