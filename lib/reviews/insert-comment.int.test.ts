import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, reviewComments } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { ForbiddenError, ValidationError } from "@/lib/errors/domain-errors";
import { getReview } from "./get-review";
import { addAttachment, approve, comment, newSubject, refusal, submit } from "./test-fixtures";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("rev-com-a");
  b = await createTenant("rev-com-b");
});

describe("the discussion", () => {
  it("threads replies under their comment, with attachments and the version they were written on", async () => {
    const subject = newSubject();
    await submit(a.producer, subject);
    const fileId = await addAttachment(a.coordinator);
    const first = await comment(a.coordinator, subject, { body: "  The care symbols are too small.  ", fileIds: [fileId] });
    await submit(a.producer, subject, { name: "Felt sheep v2" });
    const reply = await comment(a.producer, subject, { body: "Enlarged them in version 2.", parentId: first.id });
    await comment(a.coordinator2, subject, { body: "Agreed.", parentId: reply.id });
    const second = await comment(a.admin, subject, { body: "Looks good to me." });

    const { comments } = await getReview(a.coordinator, subject);
    expect(comments.map((c) => c.id)).toEqual([first.id, second.id]);
    const [top] = comments;
    expect(top).toMatchObject({ body: "The care symbols are too small.", version: 1, parentId: null, author: { id: a.coordinator.userId, name: a.coordinator.name } });
    expect(top!.files).toEqual([{ id: fileId, url: `/api/files/${fileId}`, name: "hang-tag-proof.pdf", contentType: "application/pdf" }]);
    expect(top!.replies.map((r) => [r.body, r.version, r.parentId])).toEqual([
      ["Enlarged them in version 2.", 2, first.id],
      ["Agreed.", 2, first.id],
    ]);
    const [audit] = await (await db())
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, subject.id), eq(auditEvents.action, "review.commented")))
      .orderBy(auditEvents.id);
    expect(audit).toMatchObject({ actorId: a.coordinator.userId, entityType: "product_idea", after: { commentId: first.id, fileIds: [fileId] } });
  });

  it("attaches only review attachments the commenter uploaded", async () => {
    const subject = newSubject();
    await submit(a.producer, subject);
    const others = [await addAttachment(a.coordinator2), await addAttachment(a.coordinator, "label_artwork"), await addAttachment(b.coordinator)];
    for (const fileId of others) {
      const error = await refusal(comment(a.coordinator, subject, { body: "See the file", fileIds: [fileId] }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ fieldErrors: { files: "attachmentNotOwned" } });
    }
    expect((await getReview(a.coordinator, subject)).comments).toEqual([]);
  });

  it("checks the body and the comment replied to", async () => {
    const subject = newSubject();
    await submit(a.producer, subject);
    expect(await refusal(comment(a.coordinator, subject, { body: "   " }))).toMatchObject({ fieldErrors: { body: "required" } });
    expect(await refusal(comment(a.coordinator, subject, { body: "x".repeat(4001) }))).toMatchObject({ fieldErrors: { body: "tooLong?max=4000" } });
    const elsewhere = newSubject();
    await submit(a.producer, elsewhere);
    const { id } = await comment(a.coordinator, elsewhere, { body: "On another subject" });
    expect(await refusal(comment(a.coordinator, subject, { body: "Reply", parentId: id }))).toMatchObject({ fieldErrors: { parentId: "invalid" } });
  });

  it("lets reviewers and submitters take part, and no one else", async () => {
    const subject = newSubject();
    await submit(a.coordinator, subject);
    expect((await getReview(a.producer, subject)).canComment).toBe(false);
    expect(await refusal(comment(a.producer, subject, { body: "Me too" }))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(comment(a.ministry, subject, { body: "Me too" }))).toBeInstanceOf(ForbiddenError);
    const own = newSubject();
    await submit(a.producer, own);
    expect((await getReview(a.producer, own)).canComment).toBe(true);
    expect((await getReview(a.ministry, own)).canComment).toBe(false);
  });
});

describe("another association", () => {
  it("sees nothing of the review and cannot decide or reply", async () => {
    const subject = newSubject();
    await submit(a.producer, subject);
    const { id } = await comment(a.coordinator, subject, { body: "Internal remark" });

    const seen = await getReview(b.coordinator, subject);
    expect(seen).toMatchObject({ versions: [], comments: [], open: null, canDecide: false });
    expect(await refusal(approve(b.coordinator, subject))).toMatchObject({ key: "reviewNotOpen" });
    expect(await refusal(comment(b.coordinator, subject, { body: "Reply", parentId: id }))).toMatchObject({ fieldErrors: { parentId: "invalid" } });
    await comment(b.coordinator, subject, { body: "Our own thread" });

    const review = await getReview(a.coordinator, subject);
    expect(review.versions[0]).toMatchObject({ approvals: 0, status: "in_review" });
    expect(review.comments.map((c) => c.body)).toEqual(["Internal remark"]);
    const rows = await (await db()).select().from(reviewComments).where(eq(reviewComments.subjectId, subject.id));
    expect(rows.find((r) => r.body === "Our own thread")?.associationId).toBe(b.association.id);
  });
});
