import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { labelArtwork, labelDesigns } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { labelAuditTarget, lockLabelDesign } from "./label-access";
import { artworkOf } from "./label-artwork";
import { assertLabelStep } from "./label-status";

/**
 * Starts a new draft from an approved design, with its fields and artwork. The approved design
 * stays current until the revision is approved and supersedes it. One open revision at a time.
 */
export async function reviseLabelDesign(ctx: Ctx, designId: string): Promise<{ id: string }> {
  authorize(ctx, "label.manage");
  return (await db()).transaction(async (tx) => {
    const design = await lockLabelDesign(tx, ctx, designId);
    assertLabelStep("revise", design.status);
    const [open] = await tx
      .select({ id: labelDesigns.id })
      .from(labelDesigns)
      .where(scoped(ctx, labelDesigns, and(eq(labelDesigns.revisionOf, design.id), inArray(labelDesigns.status, ["draft", "in_review", "changes_requested"]))));
    if (open) throw new ConflictError("labelRevisionOpen");

    const [row] = await tx
      .insert(labelDesigns)
      .values({
        associationId: ctx.associationId,
        productId: design.productId,
        market: design.market,
        kind: design.kind,
        fields: design.fields,
        revisionOf: design.id,
        createdBy: ctx.userId,
      })
      .returning({ id: labelDesigns.id });
    const id = row!.id;
    const artwork = await artworkOf(tx, ctx, design.id);
    if (artwork.length > 0) {
      await tx.insert(labelArtwork).values(artwork.map((a, position) => ({ associationId: ctx.associationId, designId: id, fileId: a.id, position })));
    }
    await recordAudit(tx, ctx, {
      action: "label.revised",
      ...labelAuditTarget(id),
      after: { revisionOf: design.id, status: "draft", version: 1, productId: design.productId, market: design.market, kind: design.kind },
    });
    return { id };
  });
}
