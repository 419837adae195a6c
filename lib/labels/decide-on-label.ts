import { and, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { labelDesigns } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { recordDecision } from "@/lib/reviews/record-decision";
import type { RecordDecisionInput } from "@/lib/reviews/schemas";
import { scoped } from "@/lib/tenancy/scope";
import { labelAuditTarget, labelSubject, lockLabelDesign, type LabelDesignRow } from "./label-access";
import { designProduct } from "./label-product";
import { assertLabelStep } from "./label-status";
import { notifyLabelCreator } from "./notify-label-creator";

/** The design approved before for the same product, market and kind steps down first: only one may be approved at a time. */
async function supersedePrevious(tx: Tx, ctx: Ctx, design: LabelDesignRow): Promise<void> {
  const previous = await tx
    .update(labelDesigns)
    .set({ status: "superseded", updatedAt: new Date() })
    .where(
      scoped(
        ctx,
        labelDesigns,
        and(eq(labelDesigns.productId, design.productId), eq(labelDesigns.market, design.market), eq(labelDesigns.kind, design.kind)),
        eq(labelDesigns.status, "approved"),
        ne(labelDesigns.id, design.id),
      ),
    )
    .returning({ id: labelDesigns.id, version: labelDesigns.version });
  for (const row of previous) {
    await recordAudit(tx, ctx, {
      action: "label.superseded",
      ...labelAuditTarget(row.id),
      before: { status: "approved", version: row.version },
      after: { status: "superseded", supersededBy: design.id },
    });
  }
}

/**
 * A reviewer approves the design in review or asks for changes. The review decides when enough
 * reviewers approved (and refuses self-approval); the design follows, and its creator is told.
 */
export async function decideOnLabel(ctx: Ctx, designId: string, input: RecordDecisionInput) {
  authorize(ctx, "label.read");
  return (await db()).transaction(async (tx) => {
    const design = await lockLabelDesign(tx, ctx, designId);
    assertLabelStep("decide", design.status);
    const outcome = await recordDecision(tx, ctx, labelSubject(design.id), input);
    if (outcome.status === "in_review") return { id: design.id, ...outcome };

    if (outcome.status === "approved") await supersedePrevious(tx, ctx, design);
    const now = new Date();
    await tx
      .update(labelDesigns)
      .set({ status: outcome.status, updatedAt: now, ...(outcome.status === "approved" ? { approvedAt: now } : {}) })
      .where(scoped(ctx, labelDesigns, eq(labelDesigns.id, design.id)));
    await recordAudit(tx, ctx, {
      action: outcome.status === "approved" ? "label.approved" : "label.changesRequested",
      ...labelAuditTarget(design.id),
      before: { status: design.status, version: design.version },
      after: { status: outcome.status, version: design.version, approvals: outcome.approvals, required: outcome.required },
    });
    const product = await designProduct(tx, ctx, design.productId);
    await notifyLabelCreator(tx, ctx, design, product, outcome.status, input.comment?.trim() || null);
    return { id: design.id, ...outcome };
  });
}
