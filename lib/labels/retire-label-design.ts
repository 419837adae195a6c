import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { labelDesigns } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { closeOpenVersion } from "@/lib/reviews/close-open-version";
import { scoped } from "@/lib/tenancy/scope";
import { labelAuditTarget, labelSubject, lockLabelDesign } from "./label-access";
import { assertLabelStep } from "./label-status";

/**
 * Takes a design out of use: an approved one stops counting as the product's label for its market
 * (so the product cannot be shipped there until another is approved); one in review is withdrawn.
 */
export async function retireLabelDesign(ctx: Ctx, designId: string) {
  authorize(ctx, "label.manage");
  return (await db()).transaction(async (tx) => {
    const design = await lockLabelDesign(tx, ctx, designId);
    assertLabelStep("retire", design.status);
    if (design.status !== "approved") await closeOpenVersion(tx, ctx, labelSubject(design.id), "withdrawn");
    await tx
      .update(labelDesigns)
      .set({ status: "retired", updatedAt: new Date() })
      .where(scoped(ctx, labelDesigns, eq(labelDesigns.id, design.id)));
    await recordAudit(tx, ctx, {
      action: "label.retired",
      ...labelAuditTarget(design.id),
      before: { status: design.status, version: design.version },
      after: { status: "retired", version: design.version },
    });
    return { id: design.id, status: "retired" as const };
  });
}
