import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { insertComment } from "@/lib/reviews/insert-comment";
import type { InsertCommentInput } from "@/lib/reviews/schemas";
import { ideaSubject } from "./idea-access";
import { lockIdea } from "./lock-idea";

/** Adds to the idea's discussion; who may join it is the review's rule (reviewers and submitters). */
export async function commentOnIdea(ctx: Ctx, ideaId: string, input: InsertCommentInput): Promise<{ id: string }> {
  return (await db()).transaction(async (tx) => {
    const idea = await lockIdea(tx, ctx, ideaId);
    return insertComment(tx, ctx, ideaSubject(idea.id), input);
  });
}
