import type { Tx } from "@/db/connect";
import { reviewVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { closeOpenVersion } from "./close-open-version";
import { readReviewSettings } from "./review-settings";
import { auditTarget, latestVersionNumber, type ReviewSubject } from "./subject";

/**
 * Supersedes the subject's open version, if any, and opens the next one with the association's
 * current review rules copied onto it: approvals given to an earlier version never carry over.
 */
export async function openReviewVersion(
  tx: Tx,
  ctx: Ctx,
  subject: ReviewSubject,
  content: Record<string, unknown>,
): Promise<{ versionId: string; version: number; approvalsRequired: number }> {
  await closeOpenVersion(tx, ctx, subject, "superseded");
  const latest = await latestVersionNumber(tx, ctx, subject);
  const settings = await readReviewSettings(tx, ctx);
  const [row] = await tx
    .insert(reviewVersions)
    .values({
      associationId: ctx.associationId,
      subjectType: subject.type,
      subjectId: subject.id,
      version: (latest ?? 0) + 1,
      content,
      approvalsRequired: settings.approvalsRequired,
      reviewerRoles: settings.reviewerRoles,
      submittedBy: ctx.userId,
    })
    .returning({ id: reviewVersions.id, version: reviewVersions.version, approvalsRequired: reviewVersions.approvalsRequired });
  const opened = row!;
  await recordAudit(tx, ctx, {
    action: "review.submitted",
    ...auditTarget(subject),
    after: { versionId: opened.id, version: opened.version, status: "in_review", ...settings },
  });
  return { versionId: opened.id, version: opened.version, approvalsRequired: opened.approvalsRequired };
}
