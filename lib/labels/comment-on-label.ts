import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { insertComment } from "@/lib/reviews/insert-comment";
import type { InsertCommentInput } from "@/lib/reviews/schemas";
import { labelSubject, lockLabelDesign } from "./label-access";

/** Adds to the design's discussion; who may join it is the review's rule (reviewers and submitters). */
export async function commentOnLabel(ctx: Ctx, designId: string, input: InsertCommentInput): Promise<{ id: string }> {
  authorize(ctx, "label.read");
  return (await db()).transaction(async (tx) => {
    const design = await lockLabelDesign(tx, ctx, designId);
    return insertComment(tx, ctx, labelSubject(design.id), input);
  });
}
