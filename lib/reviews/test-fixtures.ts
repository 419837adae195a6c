import { randomUUID } from "node:crypto";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { files } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { insertComment } from "./insert-comment";
import { openReviewVersion } from "./open-review-version";
import { recordDecision } from "./record-decision";
import type { InsertCommentInput, RecordDecisionInput } from "./schemas";
import type { ReviewSubject } from "./subject";

/** Reviews are polymorphic: a subject needs no row of its own for the primitives to work. */
export const newSubject = (): ReviewSubject => ({ type: "product_idea", id: randomUUID() });

async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return (await db()).transaction(work);
}

export const submit = (ctx: Ctx, subject: ReviewSubject, content: Record<string, unknown> = { name: "Felt sheep" }) =>
  inTransaction((tx) => openReviewVersion(tx, ctx, subject, content));

export const decide = (ctx: Ctx, subject: ReviewSubject, input: RecordDecisionInput) => inTransaction((tx) => recordDecision(tx, ctx, subject, input));

export const approve = (ctx: Ctx, subject: ReviewSubject) => decide(ctx, subject, { decision: "approve" });

export const comment = (ctx: Ctx, subject: ReviewSubject, input: InsertCommentInput) => inTransaction((tx) => insertComment(tx, ctx, subject, input));

/** A PDF as the upload module would leave it, uploaded by `ctx` for a review comment. */
export async function addAttachment(ctx: Ctx, purpose: "review_attachment" | "label_artwork" = "review_attachment"): Promise<string> {
  const [file] = await (await db())
    .insert(files)
    .values({
      associationId: ctx.associationId,
      storageKey: `test/${randomUUID()}.pdf`,
      purpose,
      contentType: "application/pdf",
      byteSize: 2048,
      sha256: "1".repeat(64),
      originalName: "hang-tag-proof.pdf",
      uploadedBy: ctx.userId,
    })
    .returning({ id: files.id });
  return file!.id;
}

/** The rejection a promise ends with, or undefined when it succeeds. */
export function refusal(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => undefined,
    (error: unknown) => error,
  );
}
