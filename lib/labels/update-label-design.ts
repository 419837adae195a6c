import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { labelDesigns } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { changes } from "@/lib/catalog/changes";
import { ConflictError } from "@/lib/errors/domain-errors";
import { closeOpenVersion } from "@/lib/reviews/close-open-version";
import { scoped } from "@/lib/tenancy/scope";
import { labelAuditTarget, labelSubject, lockLabelDesign } from "./label-access";
import { artworkOf, replaceArtwork } from "./label-artwork";
import { readLabelFields } from "./label-fields";
import { assertLabelStep } from "./label-status";
import { updateLabelDesignSchema, type UpdateLabelDesignInput } from "./schemas";

/**
 * Changes a design's fields and artwork. A change while it is in review (or has changes requested)
 * supersedes that review version, so its approvals are lost: the design goes back to draft and its
 * next submission is a new version. Approved, superseded and retired designs are frozen.
 */
export async function updateLabelDesign(ctx: Ctx, designId: string, input: UpdateLabelDesignInput) {
  authorize(ctx, "label.manage");
  const { expectedUpdatedAt, fields, artworkFileIds } = updateLabelDesignSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const design = await lockLabelDesign(tx, ctx, designId);
    assertLabelStep("edit", design.status);
    if (design.updatedAt.getTime() !== new Date(expectedUpdatedAt).getTime()) throw new ConflictError("labelChanged");
    const current = (await artworkOf(tx, ctx, design.id)).map((a) => a.id);
    const diff = changes({ fields: readLabelFields(design.fields), artworkFileIds: current }, { fields, artworkFileIds });
    if (!diff.changed) return { id: design.id, status: design.status, version: design.version, updatedAt: design.updatedAt };

    const reopened = design.status !== "draft" && (await closeOpenVersion(tx, ctx, labelSubject(design.id), "superseded"));
    const status = "draft" as const;
    const version = reopened ? design.version + 1 : design.version;
    const [row] = await tx
      .update(labelDesigns)
      .set({ fields, status, version, updatedAt: new Date() })
      .where(scoped(ctx, labelDesigns, eq(labelDesigns.id, design.id)))
      .returning({ updatedAt: labelDesigns.updatedAt });
    await replaceArtwork(tx, ctx, design.id, artworkFileIds, current);
    await recordAudit(tx, ctx, {
      action: "label.updated",
      ...labelAuditTarget(design.id),
      before: { status: design.status, version: design.version, ...diff.before },
      after: { status, version, ...diff.after },
    });
    return { id: design.id, status, version, updatedAt: row!.updatedAt };
  });
}
