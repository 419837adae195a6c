import { asc, desc } from "drizzle-orm";
import { db } from "@/db/client";
import { reviewDecisions, reviewVersions, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { tenantJoin } from "@/lib/tenancy/scope";
import { listComments, type ReviewComment } from "./list-comments";
import { mayComment } from "./comment-access";
import { OPEN_STATUSES, ofSubject, type OpenStatus, type ReviewSubject, type ReviewVersionStatus } from "./subject";

export type { ReviewComment } from "./list-comments";

export type ReviewDecisionView = {
  reviewer: { id: string; name: string };
  decision: "approve" | "request_changes";
  comment: string | null;
  createdAt: Date;
};

export type ReviewVersionView = {
  id: string;
  version: number;
  status: ReviewVersionStatus;
  content: Record<string, unknown>;
  submittedBy: { id: string; name: string };
  submittedAt: Date;
  closedAt: Date | null;
  approvalsRequired: number;
  approvals: number;
  decisions: ReviewDecisionView[];
};

export type ReviewView = {
  /** Newest first. */
  versions: ReviewVersionView[];
  comments: ReviewComment[];
  open: { version: number; status: OpenStatus } | null;
  canDecide: boolean;
  canComment: boolean;
};

const isOpen = (status: ReviewVersionStatus): status is OpenStatus => (OPEN_STATUSES as readonly string[]).includes(status);

/** The whole review of a subject as the caller may act on it; the caller has checked they may see the subject. */
export async function getReview(ctx: Ctx, subject: ReviewSubject): Promise<ReviewView> {
  const database = await db();
  const [versionRows, decisionRows, comments, canComment] = await Promise.all([
    database
      .select({ version: reviewVersions, submitterName: users.name })
      .from(reviewVersions)
      .innerJoin(users, tenantJoin(users, reviewVersions, reviewVersions.submittedBy))
      .where(ofSubject(ctx, reviewVersions, subject))
      .orderBy(desc(reviewVersions.version)),
    database
      .select({ decision: reviewDecisions, reviewerName: users.name })
      .from(reviewDecisions)
      .innerJoin(reviewVersions, tenantJoin(reviewVersions, reviewDecisions, reviewDecisions.versionId))
      .innerJoin(users, tenantJoin(users, reviewDecisions, reviewDecisions.reviewerId))
      .where(ofSubject(ctx, reviewVersions, subject))
      .orderBy(asc(reviewDecisions.createdAt)),
    listComments(database, ctx, subject),
    mayComment(database, ctx, subject),
  ]);
  const versions = versionRows.map(({ version: v, submitterName }): ReviewVersionView => {
    const decisions = decisionRows
      .filter((d) => d.decision.versionId === v.id)
      .map(({ decision: d, reviewerName }) => ({ reviewer: { id: d.reviewerId, name: reviewerName }, decision: d.decision, comment: d.comment, createdAt: d.createdAt }));
    return {
      id: v.id,
      version: v.version,
      status: v.status,
      content: v.content as Record<string, unknown>,
      submittedBy: { id: v.submittedBy, name: submitterName },
      submittedAt: v.submittedAt,
      closedAt: v.closedAt,
      approvalsRequired: v.approvalsRequired,
      approvals: decisions.filter((d) => d.decision === "approve").length,
      decisions,
    };
  });
  const openRow = versionRows.find((r) => isOpen(r.version.status))?.version;
  const open = openRow && isOpen(openRow.status) ? { version: openRow.version, status: openRow.status } : null;
  const approvedByCaller = decisionRows.some((d) => d.decision.versionId === openRow?.id && d.decision.reviewerId === ctx.userId && d.decision.decision === "approve");
  return {
    versions,
    comments,
    open,
    canDecide:
      openRow?.status === "in_review" && openRow.reviewerRoles.includes(ctx.role) && openRow.submittedBy !== ctx.userId && !approvedByCaller,
    canComment,
  };
}
