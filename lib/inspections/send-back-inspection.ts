import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { inspections } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { lockInspection } from "./lock-inspection";
import { sendBackSchema } from "./schemas";

/** The second coordinator disagrees: the inspection reopens for its inspector, with a note why. */
export async function sendBackInspection(ctx: Ctx, inspectionId: string, input: { note: string }) {
  authorize(ctx, "inspection.approve");
  const { note } = sendBackSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const inspection = await lockInspection(tx, ctx, inspectionId);
    if (inspection.status === "approved") throw new ConflictError("alreadyApproved");
    if (inspection.status !== "awaiting_approval") throw new ConflictError("inspectionNotSubmitted");
    if (inspection.inspectorId === ctx.userId) throw new ConflictError("fourEyes");
    await tx
      .update(inspections)
      .set({ status: "in_progress", submittedAt: null })
      .where(scoped(ctx, inspections, eq(inspections.id, inspection.id)));
    await recordAudit(tx, ctx, {
      action: "inspection.sentBack",
      entityType: "inspection",
      entityId: inspection.id,
      before: { status: inspection.status, outcome: inspection.outcome },
      after: { status: "in_progress", note },
    });
    return { id: inspection.id };
  });
}
