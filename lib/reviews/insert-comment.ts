import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { reviewCommentFiles, reviewComments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { ForbiddenError, ValidationError } from "@/lib/errors/domain-errors";
import { ownedFileIds } from "@/lib/uploads/owned-file-ids";
import { mayComment } from "./comment-access";
import { insertCommentSchema, parseInput, type InsertCommentInput } from "./schemas";
import { auditTarget, latestVersionNumber, ofSubject, type ReviewSubject } from "./subject";

/** The thread a reply joins: threads are one level deep, so a reply to a reply joins its parent's thread. */
async function threadOf(tx: Tx, ctx: Ctx, subject: ReviewSubject, parentId: string | undefined): Promise<string | null> {
  if (!parentId) return null;
  const [parent] = await tx
    .select({ id: reviewComments.id, parentId: reviewComments.parentId })
    .from(reviewComments)
    .where(ofSubject(ctx, reviewComments, subject, eq(reviewComments.id, parentId)));
  if (!parent) throw new ValidationError({ parentId: "invalid" });
  return parent.parentId ?? parent.id;
}

/**
 * Adds a comment to the subject's thread, with attachments the caller uploaded for reviews, and
 * stamps it with the latest version number so readers see what it was written about.
 */
export async function insertComment(tx: Tx, ctx: Ctx, subject: ReviewSubject, input: InsertCommentInput): Promise<{ id: string }> {
  const data = parseInput(insertCommentSchema, input);
  if (!(await mayComment(tx, ctx, subject))) throw new ForbiddenError();
  const parentId = await threadOf(tx, ctx, subject, data.parentId);
  const owned = await ownedFileIds(tx, ctx, data.fileIds, "review_attachment");
  if (owned.length !== data.fileIds.length) throw new ValidationError({ files: "attachmentNotOwned" });
  const version = await latestVersionNumber(tx, ctx, subject);
  const [comment] = await tx
    .insert(reviewComments)
    .values({ associationId: ctx.associationId, subjectType: subject.type, subjectId: subject.id, version, parentId, authorId: ctx.userId, body: data.body })
    .returning({ id: reviewComments.id });
  const id = comment!.id;
  if (data.fileIds.length > 0) {
    await tx.insert(reviewCommentFiles).values(data.fileIds.map((fileId) => ({ associationId: ctx.associationId, commentId: id, fileId })));
  }
  await recordAudit(tx, ctx, {
    action: "review.commented",
    ...auditTarget(subject),
    after: { commentId: id, parentId, version, fileIds: data.fileIds },
  });
  return { id };
}
