import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import type { Db, Tx } from "@/db/connect";
import { associations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { parseInput, REVIEWER_ROLES, reviewSettingsSchema, type ReviewerRole, type ReviewSettings } from "./schemas";

/** Known roles only, always in the same order, so settings compare and display alike. */
export const reviewerRolesOf = (roles: readonly string[]): ReviewerRole[] => REVIEWER_ROLES.filter((r) => roles.includes(r));

/** The association's own row is its tenant boundary: it is looked up by the caller's association id. */
export async function readReviewSettings(database: Db | Tx, ctx: Pick<Ctx, "associationId">, lock = false): Promise<ReviewSettings> {
  const query = database
    .select({ approvalsRequired: associations.reviewApprovalsRequired, reviewerRoles: associations.reviewerRoles })
    .from(associations)
    .where(eq(associations.id, ctx.associationId));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new Error("The session names an association that does not exist");
  return { approvalsRequired: row.approvalsRequired, reviewerRoles: reviewerRolesOf(row.reviewerRoles) };
}

export async function getReviewSettings(ctx: Ctx): Promise<ReviewSettings> {
  return readReviewSettings(await db(), ctx);
}

/** Applies to versions submitted from now on; versions already in review keep the rules they were submitted under. */
export async function updateReviewSettings(ctx: Ctx, input: unknown): Promise<void> {
  authorize(ctx, "review.settings");
  const data = parseInput(reviewSettingsSchema, input);
  const after = { approvalsRequired: data.approvalsRequired, reviewerRoles: reviewerRolesOf(data.reviewerRoles) };
  await (await db()).transaction(async (tx) => {
    const before = await readReviewSettings(tx, ctx, true);
    if (before.approvalsRequired === after.approvalsRequired && before.reviewerRoles.join() === after.reviewerRoles.join()) return;
    await tx
      .update(associations)
      .set({ reviewApprovalsRequired: after.approvalsRequired, reviewerRoles: after.reviewerRoles })
      .where(eq(associations.id, ctx.associationId));
    await recordAudit(tx, ctx, { action: "review.settingsChanged", entityType: "association", entityId: ctx.associationId, before, after });
  });
}
