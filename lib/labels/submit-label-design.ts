import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { labelDesigns } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors/domain-errors";
import { openReviewVersion } from "@/lib/reviews/open-review-version";
import { scoped } from "@/lib/tenancy/scope";
import { failingRequired } from "./check-compliance";
import { designCompliance } from "./design-compliance";
import { labelAuditTarget, labelSubject, lockLabelDesign } from "./label-access";
import { artworkOf } from "./label-artwork";
import { assertLabelStep } from "./label-status";

/**
 * Puts the design before the reviewers. Its compliance checklist runs first: while a required
 * check fails nothing is written, and the failing checks come back as field errors keyed by check id.
 */
export async function submitLabelDesign(ctx: Ctx, designId: string) {
  authorize(ctx, "label.manage");
  return (await db()).transaction(async (tx) => {
    const design = await lockLabelDesign(tx, ctx, designId);
    assertLabelStep("submit", design.status);
    const { fields, checks } = await designCompliance(tx, ctx, design);
    const failing = failingRequired(checks);
    if (failing.length > 0) throw new ValidationError(Object.fromEntries(failing.map((c) => [c.id, c.messageKey])));

    const artwork = (await artworkOf(tx, ctx, design.id)).map((a) => ({ fileId: a.id, name: a.name }));
    const opened = await openReviewVersion(tx, ctx, labelSubject(design.id), { kind: design.kind, market: design.market, fields, artwork });
    await tx
      .update(labelDesigns)
      .set({ status: "in_review", version: opened.version, updatedAt: new Date() })
      .where(scoped(ctx, labelDesigns, eq(labelDesigns.id, design.id)));
    await recordAudit(tx, ctx, {
      action: "label.submitted",
      ...labelAuditTarget(design.id),
      before: { status: design.status, version: design.version },
      after: { status: "in_review", version: opened.version, approvalsRequired: opened.approvalsRequired },
    });
    return { id: design.id, status: "in_review" as const, version: opened.version, approvalsRequired: opened.approvalsRequired };
  });
}
