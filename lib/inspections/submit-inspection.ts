import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { inspections } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors/domain-errors";
import { computedDecision } from "@/lib/qc/decision";
import { scoped } from "@/lib/tenancy/scope";
import { lockInspection } from "./lock-inspection";
import { isOverride, outcomeErrors } from "./outcome";
import { submitInspectionSchema, type SubmitInspectionInput } from "./schemas";
import { unansweredItems } from "./unanswered-items";
import { writeResults } from "./write-results";

/**
 * The inspector records the final answers and a decision. The decision the counts give is stored
 * beside the chosen one; going against it needs a written reason. A second coordinator approves.
 */
export async function submitInspection(ctx: Ctx, inspectionId: string, input: SubmitInspectionInput) {
  authorize(ctx, "inspection.perform");
  const data = submitInspectionSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const inspection = await lockInspection(tx, ctx, inspectionId);
    const { counts, checklist } = await writeResults(tx, ctx, inspection, data.results);
    const computed = computedDecision(counts, inspection.plan);
    const errors = { ...unansweredItems(checklist.items, data.results), ...outcomeErrors(data, computed, inspection.lotSize) };
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const override = isOverride(computed, data.outcome);
    const decided = {
      status: "awaiting_approval" as const,
      computedOutcome: computed,
      outcome: data.outcome,
      overrideReason: override ? data.overrideReason! : null,
      acceptedQuantity: data.outcome === "partially_accept" ? data.acceptedQuantity! : null,
      remarks: data.remarks || null,
      submittedAt: new Date(),
    };
    await tx.update(inspections).set(decided).where(scoped(ctx, inspections, eq(inspections.id, inspection.id)));
    await recordAudit(tx, ctx, {
      action: "inspection.submitted",
      entityType: "inspection",
      entityId: inspection.id,
      before: { status: inspection.status },
      after: { ...decided, batchId: inspection.batchId, defects: counts, override },
    });
    return { id: inspection.id, computed, outcome: data.outcome };
  });
}
