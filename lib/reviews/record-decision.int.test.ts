import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, reviewDecisions, reviewVersions } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors/domain-errors";
import { closeOpenVersion } from "./close-open-version";
import { getReview } from "./get-review";
import { updateReviewSettings } from "./review-settings";
import type { ReviewSubject } from "./subject";
import { approve, decide, newSubject, refusal, submit } from "./test-fixtures";

let a: Tenant;

beforeAll(async () => {
  a = await createTenant("rev-dec");
});

async function versionsOf(subject: ReviewSubject) {
  return (await db()).select().from(reviewVersions).where(eq(reviewVersions.subjectId, subject.id)).orderBy(reviewVersions.version);
}

async function auditOf(subject: ReviewSubject, action: string) {
  return (await db())
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, subject.id), eq(auditEvents.action, action)));
}

/** Each test sets the rules it needs; versions copy them when submitted. */
const rules = (approvalsRequired: number, reviewerRoles: string[] = ["coordinator", "admin"]) =>
  updateReviewSettings(a.admin, { approvalsRequired, reviewerRoles });

describe("submitting a version", () => {
  it("numbers versions from 1 and copies the association's rules onto each", async () => {
    await rules(2);
    const subject = newSubject();
    expect(await submit(a.producer, subject, { name: "Felt sheep" })).toMatchObject({ version: 1, approvalsRequired: 2 });
    const [row] = await versionsOf(subject);
    expect(row).toMatchObject({ status: "in_review", reviewerRoles: ["coordinator", "admin"], submittedBy: a.producer.userId, content: { name: "Felt sheep" } });
    expect(await auditOf(subject, "review.submitted")).toHaveLength(1);
  });

  it("supersedes the open version and resets approvals on a new version", async () => {
    await rules(2);
    const subject = newSubject();
    await submit(a.producer, subject, { name: "Felt sheep" });
    expect(await approve(a.coordinator, subject)).toMatchObject({ version: 1, status: "in_review", approvals: 1, required: 2 });
    expect(await submit(a.producer, subject, { name: "Felt sheep, blue" })).toMatchObject({ version: 2 });

    const [v1, v2] = await versionsOf(subject);
    expect(v1).toMatchObject({ status: "superseded" });
    expect(v1!.closedAt).toBeInstanceOf(Date);
    expect(v2).toMatchObject({ status: "in_review", closedAt: null });
    const review = await getReview(a.coordinator, subject);
    expect(review.versions.map((v) => [v.version, v.approvals])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect(review.canDecide).toBe(true);
    expect(await approve(a.coordinator, subject)).toMatchObject({ version: 2, approvals: 1 });
    expect(await auditOf(subject, "review.superseded")).toHaveLength(1);
  });

  it("keeps the rules a version was submitted under when the settings change", async () => {
    await rules(2);
    const subject = newSubject();
    await submit(a.producer, subject);
    await rules(1);
    expect(await approve(a.coordinator, subject)).toMatchObject({ status: "in_review", approvals: 1, required: 2 });
  });
});

describe("deciding", () => {
  it("refuses a reviewer's decision on their own submission", async () => {
    await rules(1);
    const subject = newSubject();
    await submit(a.coordinator, subject);
    expect(await refusal(approve(a.coordinator, subject))).toMatchObject({ key: "ownSubmission" });
    expect(await refusal(decide(a.coordinator, subject, { decision: "request_changes", comment: "Mine" }))).toBeInstanceOf(ConflictError);
    expect((await getReview(a.coordinator, subject)).canDecide).toBe(false);
    expect(await approve(a.coordinator2, subject)).toMatchObject({ status: "approved" });
  });

  it.each([1, 2, 3])("approves once %i distinct reviewers have approved", async (required) => {
    await rules(required);
    const subject = newSubject();
    await submit(a.producer, subject);
    const reviewers = [a.coordinator, a.coordinator2, a.admin];
    for (const [index, reviewer] of reviewers.slice(0, required - 1).entries()) {
      expect(await approve(reviewer, subject)).toMatchObject({ status: "in_review", approvals: index + 1, required });
    }
    expect(await approve(reviewers[required - 1]!, subject)).toMatchObject({ status: "approved", approvals: required, required });
    const [version] = await versionsOf(subject);
    expect(version).toMatchObject({ status: "approved" });
    expect(version!.closedAt).toBeInstanceOf(Date);
    if (required < 3) expect(await refusal(approve(reviewers[required]!, subject))).toMatchObject({ key: "reviewNotOpen" });
  });

  it("counts each reviewer's approval once", async () => {
    await rules(2);
    const subject = newSubject();
    await submit(a.producer, subject);
    await approve(a.coordinator, subject);
    expect(await refusal(approve(a.coordinator, subject))).toMatchObject({ key: "alreadyApproved" });
    expect(await refusal(decide(a.coordinator, subject, { decision: "request_changes", comment: "Second thoughts" }))).toMatchObject({ key: "alreadyApproved" });
    expect((await getReview(a.coordinator, subject)).canDecide).toBe(false);
    expect((await getReview(a.coordinator2, subject)).canDecide).toBe(true);
  });

  it("needs a comment to request changes, then waits for the next version", async () => {
    await rules(2);
    const subject = newSubject();
    await submit(a.producer, subject);
    for (const comment of [undefined, "   "]) {
      const error = await refusal(decide(a.coordinator, subject, { decision: "request_changes", comment }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ fieldErrors: { comment: "required" } });
    }
    expect(await decide(a.coordinator, subject, { decision: "request_changes", comment: "  Fibre composition in Japanese is missing.  " })).toMatchObject({
      status: "changes_requested",
      approvals: 0,
    });
    const review = await getReview(a.coordinator2, subject);
    expect(review.open).toEqual({ version: 1, status: "changes_requested" });
    expect(review.canDecide).toBe(false);
    expect(review.versions[0]!.decisions).toEqual([
      expect.objectContaining({ decision: "request_changes", comment: "Fibre composition in Japanese is missing.", reviewer: { id: a.coordinator.userId, name: a.coordinator.name } }),
    ]);
    expect(await refusal(approve(a.coordinator2, subject))).toMatchObject({ key: "reviewNotOpen" });
    await submit(a.producer, subject);
    expect(await approve(a.coordinator2, subject)).toMatchObject({ version: 2, status: "in_review", approvals: 1 });
    const [changes] = await auditOf(subject, "review.changesRequested");
    expect(changes!.after).toMatchObject({ status: "changes_requested", version: 1 });
  });

  it("lets only the roles the association chose decide", async () => {
    await rules(1, ["admin"]);
    const subject = newSubject();
    await submit(a.coordinator2, subject);
    expect(await refusal(approve(a.coordinator, subject))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(approve(a.producer, subject))).toBeInstanceOf(ForbiddenError);
    expect((await getReview(a.coordinator, subject)).canDecide).toBe(false);
    expect(await approve(a.admin, subject)).toMatchObject({ status: "approved" });
  });

  it("refuses decisions when nothing is in review", async () => {
    const subject = newSubject();
    expect(await refusal(approve(a.coordinator, subject))).toMatchObject({ key: "reviewNotOpen" });
    await submit(a.producer, subject);
    expect(await (await db()).transaction((tx) => closeOpenVersion(tx, a.producer, subject, "withdrawn"))).toBe(true);
    expect(await (await db()).transaction((tx) => closeOpenVersion(tx, a.producer, subject, "withdrawn"))).toBe(false);
    expect(await refusal(approve(a.coordinator, subject))).toMatchObject({ key: "reviewNotOpen" });
    expect((await versionsOf(subject))[0]).toMatchObject({ status: "withdrawn" });
    expect(await auditOf(subject, "review.withdrawn")).toHaveLength(1);
  });
});

describe("approvals at the same moment", () => {
  it("counts both and approves the version exactly once", async () => {
    await rules(2);
    const subject = newSubject();
    await submit(a.producer, subject);
    const outcomes = await Promise.all([approve(a.coordinator, subject), approve(a.coordinator2, subject)]);
    expect(outcomes.map((o) => o.approvals).sort()).toEqual([1, 2]);
    expect(outcomes.filter((o) => o.status === "approved")).toHaveLength(1);
    const review = await getReview(a.admin, subject);
    expect(review.versions[0]).toMatchObject({ status: "approved", approvals: 2 });
    const approvals = await auditOf(subject, "review.approved");
    expect(approvals.filter((e) => (e.after as { status: string }).status === "approved")).toHaveLength(1);
  });

  it("lets one win when a single approval is enough", async () => {
    await rules(1);
    const subject = newSubject();
    await submit(a.producer, subject);
    const outcomes = await Promise.allSettled([approve(a.coordinator, subject), approve(a.coordinator2, subject)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { key: "reviewNotOpen" } });
  });

  it("records one approval when the same reviewer approves twice at once", async () => {
    await rules(2);
    const subject = newSubject();
    await submit(a.producer, subject);
    const outcomes = await Promise.allSettled([approve(a.coordinator, subject), approve(a.coordinator, subject)]);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { key: "alreadyApproved" } });
    expect((await getReview(a.admin, subject)).versions[0]!.approvals).toBe(1);
  });
});

describe("the database", () => {
  it("refuses to change or remove a decision, or reopen an approved version", async () => {
    await rules(1);
    const subject = newSubject();
    const { versionId } = await submit(a.producer, subject);
    await approve(a.coordinator, subject);
    const database = await db();
    await expect(database.update(reviewDecisions).set({ comment: "changed" }).where(eq(reviewDecisions.versionId, versionId))).rejects.toThrow();
    await expect(database.delete(reviewDecisions).where(eq(reviewDecisions.versionId, versionId))).rejects.toThrow();
    await expect(database.update(reviewVersions).set({ status: "in_review" }).where(eq(reviewVersions.id, versionId))).rejects.toThrow();
    const [count] = await database.select({ n: sql<number>`count(*)::int` }).from(reviewDecisions).where(eq(reviewDecisions.versionId, versionId));
    expect(count!.n).toBe(1);
  });

  it("refuses to change the content of a version in review", async () => {
    const subject = newSubject();
    const { versionId } = await submit(a.producer, subject);
    await expect((await db()).update(reviewVersions).set({ content: { name: "swapped" } }).where(eq(reviewVersions.id, versionId))).rejects.toThrow();
  });
});
