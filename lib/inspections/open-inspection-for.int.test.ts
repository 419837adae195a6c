import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { batches, checklistTemplates, inspections } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { planForLot, sampleToDraw } from "@/lib/qc/decision";
import { openInspectionFor } from "./open-inspection-for";

let a: Tenant;
let b: Tenant;
const templates = new Map<string, string>();

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
  for (const t of [a, b]) {
    const [template] = await (await db())
      .insert(checklistTemplates)
      .values({ associationId: t.association.id, lineId: t.product.lineId, version: 1, createdBy: t.coordinator.userId })
      .returning();
    templates.set(t.association.id, template!.id);
  }
});

// Rows are written directly: this test is about the lookup, not about starting inspections.
async function submittedBatch(t: Tenant) {
  const code = randomUUID();
  const [batch] = await (await db())
    .insert(batches)
    .values({
      associationId: t.association.id,
      lotCode: code,
      publicCode: code,
      productId: t.product.id,
      memberId: t.member.id,
      quantity: 20,
      producedFrom: "2026-03-01",
      producedTo: "2026-03-02",
      submittedAt: new Date(),
    })
    .returning();
  return batch!;
}

async function inspectedBatch(t: Tenant, status: "in_progress" | "awaiting_approval" | "approved") {
  const batch = await submittedBatch(t);
  const plan = planForLot({ lotSize: 20, level: "II", aql: { critical: 0, major: 2.5, minor: 4 } });
  const [inspection] = await (await db())
    .insert(inspections)
    .values({
      associationId: t.association.id,
      batchId: batch.id,
      templateId: templates.get(t.association.id)!,
      inspectorId: t.coordinator.userId,
      status,
      lotSize: 20,
      level: "II",
      sampleSize: sampleToDraw(plan),
      plan,
      ...(status === "approved" ? { outcome: "accept" as const, approverId: t.coordinator2.userId, approvedAt: new Date() } : {}),
    })
    .returning();
  return { batchId: batch.id, inspectionId: inspection!.id };
}

describe("openInspectionFor", () => {
  it("finds the inspection under way or awaiting approval", async () => {
    for (const status of ["in_progress", "awaiting_approval"] as const) {
      const { batchId, inspectionId } = await inspectedBatch(a, status);
      expect(await openInspectionFor(a.coordinator, batchId)).toBe(inspectionId);
      expect(await openInspectionFor(a.admin, batchId)).toBe(inspectionId);
    }
  });

  it("answers null for a batch whose inspections are all approved, or that has none", async () => {
    const { batchId } = await inspectedBatch(a, "approved");
    expect(await openInspectionFor(a.coordinator, batchId)).toBeNull();
    const fresh = await submittedBatch(a);
    expect(await openInspectionFor(a.coordinator, fresh.id)).toBeNull();
    expect(await openInspectionFor(a.coordinator, "not-a-uuid")).toBeNull();
  });

  it("does not see another association's inspection", async () => {
    const { batchId } = await inspectedBatch(a, "in_progress");
    expect(await openInspectionFor(b.coordinator, batchId)).toBeNull();
  });

  it("is for coordinators and admins only", async () => {
    const { batchId } = await inspectedBatch(a, "in_progress");
    await expect(openInspectionFor(a.producer, batchId)).rejects.toThrow(ForbiddenError);
    await expect(openInspectionFor(a.ministry, batchId)).rejects.toThrow(ForbiddenError);
  });
});
