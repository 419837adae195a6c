import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { reviewDecisions, reviewVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { ConflictError, ForbiddenError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { parseInput, recordDecisionSchema, type RecordDecisionInput } from "./schemas";
import { auditTarget, lockOpenVersion, type ReviewSubject } from "./subject";
import { versionApprovals } from "./version-approvals";

export type DecisionOutcome = { version: number; status: "in_review" | "changes_requested" | "approved"; approvals: number; required: number };

/**
 * Records the caller's decision on the subject's version in review. The version row stays locked
 * until the transaction ends, so approvals given at the same moment are counted one after the
 * other and the version turns "approved" exactly once.
 */
export async function recordDecision(tx: Tx, ctx: Ctx, subject: ReviewSubject, input: RecordDecisionInput): Promise<DecisionOutcome> {
  const data = parseInput(recordDecisionSchema, input);
  const version = await lockOpenVersion(tx, ctx, subject);
  if (!version || version.status !== "in_review") throw new ConflictError("reviewNotOpen");
  if (!version.reviewerRoles.includes(ctx.role)) throw new ForbiddenError();
  if (version.submittedBy === ctx.userId) throw new ConflictError("ownSubmission");
  const before = await versionApprovals(tx, ctx, version.id, ctx.userId);
  if (before.approvedByReviewer) throw new ConflictError("alreadyApproved");

  await tx.insert(reviewDecisions).values({
    associationId: ctx.associationId,
    versionId: version.id,
    reviewerId: ctx.userId,
    decision: data.decision,
    comment: data.comment || null,
  });
  const approvals = before.approvals + (data.decision === "approve" ? 1 : 0);
  const status =
    data.decision === "request_changes" ? "changes_requested" : approvals >= version.approvalsRequired ? "approved" : "in_review";
  if (status !== "in_review") {
    await tx
      .update(reviewVersions)
      .set({ status, closedAt: status === "approved" ? new Date() : null })
      .where(scoped(ctx, reviewVersions, eq(reviewVersions.id, version.id)));
  }
  const counts = { approvals, required: version.approvalsRequired };
  await recordAudit(tx, ctx, {
    action: data.decision === "approve" ? "review.approved" : "review.changesRequested",
    ...auditTarget(subject),
    before: { versionId: version.id, version: version.version, status: version.status, approvals: before.approvals },
    after: { versionId: version.id, version: version.version, status, ...counts, comment: data.comment || null },
  });
  return { version: version.version, status, ...counts };
}
