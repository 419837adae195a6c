import { asc } from "drizzle-orm";
import type { Db } from "@/db/connect";
import { files, reviewCommentFiles, reviewComments, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { tenantJoin } from "@/lib/tenancy/scope";
import { fileUrl } from "@/lib/uploads/file-url";
import { ofSubject, type ReviewSubject } from "./subject";

export type ReviewComment = {
  id: string;
  parentId: string | null;
  version: number | null;
  author: { id: string; name: string };
  body: string;
  createdAt: Date;
  files: { id: string; url: string; name: string | null; contentType: string }[];
  replies: ReviewComment[];
};

/** The subject's discussion: top-level comments oldest first, each with its replies oldest first. */
export async function listComments(database: Db, ctx: Ctx, subject: ReviewSubject): Promise<ReviewComment[]> {
  const [rows, attachments] = await Promise.all([
    database
      .select({
        id: reviewComments.id,
        parentId: reviewComments.parentId,
        version: reviewComments.version,
        authorId: users.id,
        authorName: users.name,
        body: reviewComments.body,
        createdAt: reviewComments.createdAt,
      })
      .from(reviewComments)
      .innerJoin(users, tenantJoin(users, reviewComments, reviewComments.authorId))
      .where(ofSubject(ctx, reviewComments, subject))
      .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id)),
    database
      .select({ commentId: reviewCommentFiles.commentId, id: files.id, name: files.originalName, contentType: files.contentType })
      .from(reviewCommentFiles)
      .innerJoin(reviewComments, tenantJoin(reviewComments, reviewCommentFiles, reviewCommentFiles.commentId))
      .innerJoin(files, tenantJoin(files, reviewCommentFiles, reviewCommentFiles.fileId))
      .where(ofSubject(ctx, reviewComments, subject))
      .orderBy(asc(files.createdAt)),
  ]);
  const comments = rows.map(
    (r): ReviewComment => ({
      id: r.id,
      parentId: r.parentId,
      version: r.version,
      author: { id: r.authorId, name: r.authorName },
      body: r.body,
      createdAt: r.createdAt,
      files: attachments.filter((a) => a.commentId === r.id).map((a) => ({ id: a.id, url: fileUrl(a.id), name: a.name, contentType: a.contentType })),
      replies: [],
    }),
  );
  const byId = new Map(comments.map((c) => [c.id, c]));
  for (const comment of comments) if (comment.parentId) byId.get(comment.parentId)?.replies.push(comment);
  return comments.filter((c) => !c.parentId);
}
