import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, batches, inspections, notifications } from "@/db/schema";
import { createTenant, insertBatch, publishChecklist, type Tenant } from "@/db/testing/factories";
import { passingAnswers } from "@/db/testing/inspect-batch";
import type { Ctx } from "@/lib/auth/context";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { getMyBatch } from "@/lib/batches/get-my-batch";
import { approveInspection } from "./approve-inspection";
import { getInspection, type InspectionDetails } from "./get-inspection";
import { saveResults } from "./save-results";
import type { ItemResultInput } from "./schemas";
import { sendBackInspection } from "./send-back-inspection";
import { startInspection } from "./start-inspection";
import { submitInspection } from "./submit-inspection";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("qc-a");
  b = await createTenant("qc-b");
  await publishChecklist(a, a.product.lineId);
  await publishChecklist(b, b.product.lineId);
});

function submittedBatch(t: Tenant, quantity = 50, status: "submitted" | "draft" = "submitted") {
  return insertBatch(t, { quantity, producedFrom: "2026-03-01", producedTo: "2026-03-10", status, submittedAt: status === "submitted" ? new Date() : null });
}

function answers(details: InspectionDetails, overrides: Parameters<typeof passingAnswers>[1] = {}): ItemResultInput[] {
  return passingAnswers(details.checklist, overrides);
}

async function started(t: Tenant, quantity = 50, inspector: Ctx = t.coordinator) {
  const batch = await submittedBatch(t, quantity);
  const { id } = await startInspection(inspector, batch.id);
  return { batch, id, details: await getInspection(inspector, id) };
}

async function batchRow(id: string) {
  const [row] = await (await db()).select().from(batches).where(eq(batches.id, id));
  return row!;
}

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("starting an inspection", () => {
  it("draws the ISO 2859-1 sample for the lot and puts the batch in inspection", async () => {
    const { batch, details } = await started(a, 50);
    expect(details.status).toBe("in_progress");
    expect(details.plan.critical).toMatchObject({ codeLetter: "D", sampleSize: 8, accept: 0, reject: 1 });
    expect(details.plan.major).toMatchObject({ planLetter: "C", sampleSize: 5, accept: 0, reject: 1 });
    expect(details.plan.minor).toMatchObject({ planLetter: "E", sampleSize: 13, accept: 1, reject: 2 });
    expect(details.sampleSize).toBe(13);
    expect(details.checklist.items.length).toBeGreaterThan(0);
    expect((await batchRow(batch.id)).status).toBe("in_inspection");
  });

  it("inspects a lot smaller than the sample whole", async () => {
    const { details } = await started(a, 3);
    expect(details.sampleSize).toBe(3);
  });

  it("lets exactly one of two coordinators starting at once win", async () => {
    const batch = await submittedBatch(a);
    const outcomes = await Promise.allSettled([startInspection(a.coordinator, batch.id), startInspection(a.coordinator2, batch.id)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failure = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ConflictError);
    expect(failure.reason).toMatchObject({ key: "inspectionAlreadyStarted" });
  });

  it("refuses drafts, producers and other associations' batches", async () => {
    const draft = await submittedBatch(a, 10, "draft");
    expect(await refusal(startInspection(a.coordinator, draft.id))).toMatchObject({ key: "batchNotSubmitted" });
    const batch = await submittedBatch(a);
    expect(await refusal(startInspection(a.producer, batch.id))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(startInspection(b.coordinator, batch.id))).toBeInstanceOf(NotFoundError);
    expect((await batchRow(batch.id)).status).toBe("submitted");
  });
});

describe("recording results", () => {
  it("counts measurements out of tolerance as defects of the item's class", async () => {
    const { id, details } = await started(a);
    const measurement = details.checklist.items.find((i) => i.kind === "measurement")!;
    const outside = [measurement.minValue! - 1, measurement.maxValue! + 1];
    const counts = await saveResults(a.coordinator, id, {
      results: answers(details, { measurement: { measurements: [...outside, measurement.minValue!] } }),
    });
    expect(counts[measurement.defectClass!]).toBe(2);
    const saved = await getInspection(a.coordinator, id);
    expect(saved.results.find((r) => r.itemId === measurement.id)).toMatchObject({ defects: 2, measurements: [...outside, measurement.minValue!] });
  });

  it("lets only the inspector write, and refuses items of another checklist", async () => {
    const { id, details } = await started(a);
    expect(await refusal(saveResults(a.coordinator2, id, { results: answers(details) }))).toMatchObject({ key: "notYourInspection" });
    expect(await refusal(saveResults(a.coordinator, id, { results: [{ itemId: randomUUID(), passed: true }] }))).toBeInstanceOf(
      ValidationError,
    );
    expect(await refusal(saveResults(b.coordinator, id, { results: [] }))).toBeInstanceOf(NotFoundError);
  });
});

describe("deciding and approving", () => {
  it("runs accept → four-eyes approval → batch accepted, producer notified, inspection frozen", async () => {
    const { batch, id, details } = await started(a, 50);
    const submitted = await submitInspection(a.coordinator, id, { results: answers(details), outcome: "accept" });
    expect(submitted).toMatchObject({ computed: "accept", outcome: "accept" });
    expect(await refusal(approveInspection(a.coordinator, id))).toMatchObject({ key: "fourEyes" });
    await approveInspection(a.coordinator2, id);

    const decided = await batchRow(batch.id);
    expect(decided).toMatchObject({ status: "accepted", acceptedQuantity: 50, rejectedQuantity: 0 });
    const database = await db();
    const [notice] = await database
      .select()
      .from(notifications)
      .where(and(eq(notifications.associationId, a.association.id), eq(notifications.entityId, batch.id)));
    expect(notice).toMatchObject({ userId: a.producer.userId, kind: "inspection.decided" });
    expect(notice!.params).toMatchObject({ lotCode: batch.lotCode, outcome: "accept", acceptedQuantity: 50 });
    const actions = (await database.select().from(auditEvents).where(eq(auditEvents.entityId, id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["inspection.submitted", "inspection.approved"]));
    const frozen = async (statement: ReturnType<typeof sql>) => ((await refusal(database.execute(statement))) as Error).cause;
    expect(await frozen(sql`update inspections set remarks = 'changed' where id = ${id}`)).toMatchObject({ message: expect.stringMatching(/frozen/) });
    expect(await frozen(sql`delete from inspection_results where inspection_id = ${id}`)).toMatchObject({ message: expect.stringMatching(/frozen/) });
    expect(await refusal(approveInspection(a.admin, id))).toMatchObject({ key: "alreadyApproved" });
  });

  it("rejects on any critical defect and lets the inspector override only with a written reason", async () => {
    const { id, details } = await started(a, 50);
    const results = answers(details, { yes_no: { passed: false } });
    const critical = details.checklist.items.find((i) => i.kind === "yes_no" && i.defectClass === "critical");
    expect(critical).toBeDefined();
    const missingReason = await refusal(submitInspection(a.coordinator, id, { results, outcome: "accept" }));
    expect(missingReason).toBeInstanceOf(ValidationError);
    expect((missingReason as ValidationError).fieldErrors).toMatchObject({ overrideReason: "overrideReasonRequired" });
    expect((await getInspection(a.coordinator, id)).status).toBe("in_progress");

    const done = await submitInspection(a.coordinator, id, { results, outcome: "accept", overrideReason: "The needle was the inspector's own" });
    expect(done.computed).toBe("reject");
    const [row] = await (await db()).select().from(inspections).where(eq(inspections.id, id));
    expect(row).toMatchObject({ computedOutcome: "reject", outcome: "accept", overrideReason: "The needle was the inspector's own" });
  });

  it("refuses to accept more than the lot after sorting and writes nothing", async () => {
    const { batch, id, details } = await started(a, 40);
    const results = answers(details, { defect_count: { defectCount: 9 } });
    const tooMany = await refusal(
      submitInspection(a.coordinator, id, { results, outcome: "partially_accept", acceptedQuantity: 41, remarks: "Sorted out pilled pieces" }),
    );
    expect((tooMany as ValidationError).fieldErrors).toMatchObject({ acceptedQuantity: "partialRange?max=39" });
    expect((await getInspection(a.coordinator, id)).results).toEqual([]);

    await submitInspection(a.coordinator, id, { results, outcome: "partially_accept", acceptedQuantity: 31, remarks: "9 pieces pilled" });
    await approveInspection(a.coordinator2, id);
    expect(await batchRow(batch.id)).toMatchObject({ status: "partially_accepted", acceptedQuantity: 31, rejectedQuantity: 9 });
  });

  it("sends a batch back for rework, and the resubmission gets a new inspection", async () => {
    const { batch, id, details } = await started(a, 20);
    await submitInspection(a.coordinator, id, {
      results: answers(details, { defect_count: { defectCount: 5 } }),
      outcome: "rework",
      remarks: "Trim the loose fibres and resubmit",
    });
    await approveInspection(a.coordinator2, id);
    expect(await batchRow(batch.id)).toMatchObject({ status: "rework", acceptedQuantity: null });
    const seenByProducer = await getMyBatch(a.producer, batch.id);
    expect(seenByProducer.decisions).toEqual([expect.objectContaining({ outcome: "rework", remarks: "Trim the loose fibres and resubmit" })]);
    await (await db()).update(batches).set({ status: "submitted", submittedAt: new Date() }).where(eq(batches.id, batch.id));
    const second = await startInspection(a.coordinator2, batch.id);
    expect(second.id).not.toBe(id);
  });

  it("lets exactly one of two parallel approvals win", async () => {
    const { id, details } = await started(a, 30);
    await submitInspection(a.coordinator, id, { results: answers(details), outcome: "accept" });
    const outcomes = await Promise.allSettled([approveInspection(a.coordinator2, id), approveInspection(a.admin, id)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect((outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ key: "alreadyApproved" });
  });

  it("refuses to approve an unfinished inspection, and across associations", async () => {
    const { id, details } = await started(a, 30);
    expect(await refusal(approveInspection(a.coordinator2, id))).toMatchObject({ key: "inspectionNotSubmitted" });
    await submitInspection(a.coordinator, id, { results: answers(details), outcome: "accept" });
    expect(await refusal(approveInspection(b.coordinator, id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(getInspection(b.coordinator, id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(approveInspection(a.producer, id))).toBeInstanceOf(ForbiddenError);
  });

  it("reopens a sent-back inspection for its inspector with the note", async () => {
    const { id, details } = await started(a, 30);
    await submitInspection(a.coordinator, id, { results: answers(details), outcome: "accept" });
    expect(await refusal(sendBackInspection(a.coordinator, id, { note: "mine" }))).toMatchObject({ key: "fourEyes" });
    await sendBackInspection(a.coordinator2, id, { note: "Measure the length on all 13 pieces" });
    const reopened = await getInspection(a.coordinator, id);
    expect(reopened).toMatchObject({ status: "in_progress", sentBackNote: "Measure the length on all 13 pieces" });
  });
});
