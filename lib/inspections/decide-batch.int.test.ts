import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, inspections } from "@/db/schema";
import { batchInput, createTenant, type Tenant } from "@/db/testing/factories";
import { getBatch } from "@/lib/batches/get-batch";
import { logBatch } from "@/lib/batches/log-batch";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { decideBatch } from "./decide-batch";
import { listInspectionQueue } from "./list-queue";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
});

const submit = (t: Tenant, quantity = 20) => logBatch(t.producer, batchInput(t.product.id, { quantity }));

async function inspectionsOf(batchId: string) {
  return (await db()).select().from(inspections).where(eq(inspections.batchId, batchId));
}

describe("decideBatch", () => {
  it("records a partial acceptance that the producer then sees", async () => {
    const batch = await submit(a, 20);
    const queue = await listInspectionQueue(a.coordinator, {});
    expect(queue.items.map((i) => i.id)).toContain(batch.id);

    await decideBatch(a.coordinator, { batchId: batch.id, decision: "partially_accepted", acceptedQuantity: 17, reason: "Uneven dye on 3 pieces" });

    const seen = await getBatch(a.producer, batch.id);
    expect(seen).toMatchObject({ status: "partially_accepted", acceptedQuantity: 17, rejectedQuantity: 3 });
    expect(seen.decisions).toEqual([expect.objectContaining({ decision: "partially_accepted", acceptedQuantity: 17, reason: "Uneven dye on 3 pieces" })]);
    expect((await listInspectionQueue(a.coordinator, {})).items.map((i) => i.id)).not.toContain(batch.id);
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, batch.id));
    expect(events.map((e) => e.action)).toEqual(["batch.submitted", "batch.decided"]);
    expect(events[1]).toMatchObject({ actorId: a.coordinator.userId, before: { status: "submitted" } });
  });

  it("lets exactly one of two parallel decisions win", async () => {
    const batch = await submit(a);
    const results = await Promise.allSettled([
      decideBatch(a.coordinator, { batchId: batch.id, decision: "accepted", acceptedQuantity: 20 }),
      decideBatch(a.coordinator2, { batchId: batch.id, decision: "rejected", acceptedQuantity: 0, reason: "Moth damage" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.reason).toBeInstanceOf(ConflictError);
    expect((failed?.reason as ConflictError).key).toBe("alreadyDecided");
    expect(await inspectionsOf(batch.id)).toHaveLength(1);
  });

  it.each([
    ["more than the lot", { decision: "partially_accepted", acceptedQuantity: 21, reason: "sorted" }, "acceptedQuantity"],
    ["accept with fewer pieces", { decision: "accepted", acceptedQuantity: 19 }, "acceptedQuantity"],
    ["partial that keeps everything", { decision: "partially_accepted", acceptedQuantity: 20, reason: "sorted" }, "acceptedQuantity"],
    ["reject without a reason", { decision: "rejected", acceptedQuantity: 0 }, "reason"],
    ["negative quantity", { decision: "rejected", acceptedQuantity: -1, reason: "bad" }, "acceptedQuantity"],
    ["unknown decision", { decision: "maybe", acceptedQuantity: 1 }, "decision"],
  ])("refuses %s and writes nothing", async (_name, input, field) => {
    const batch = await submit(a, 20);
    const error = (await decideBatch(a.coordinator, { batchId: batch.id, ...input } as never).catch((e: unknown) => e)) as {
      fieldErrors?: Record<string, string>;
      issues?: { path: string[] }[];
    };
    const fields = error.fieldErrors ? Object.keys(error.fieldErrors) : (error.issues ?? []).map((i) => i.path[0]);
    expect(fields).toContain(field);
    expect((await getBatch(a.coordinator, batch.id)).status).toBe("submitted");
    expect(await inspectionsOf(batch.id)).toHaveLength(0);
  });

  it("refuses a second decision on a decided batch", async () => {
    const batch = await submit(a);
    await decideBatch(a.coordinator, { batchId: batch.id, decision: "accepted", acceptedQuantity: 20 });
    await expect(decideBatch(a.coordinator2, { batchId: batch.id, decision: "accepted", acceptedQuantity: 20 })).rejects.toBeInstanceOf(ConflictError);
  });

  it("answers not found for another association's batch and changes nothing", async () => {
    const batch = await submit(a);
    await expect(decideBatch(b.coordinator, { batchId: batch.id, decision: "accepted", acceptedQuantity: 20 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getBatch(a.coordinator, batch.id)).status).toBe("submitted");
    expect((await listInspectionQueue(b.coordinator, {})).items.map((i) => i.id)).not.toContain(batch.id);
  });

  it("is for coordinators and admins only", async () => {
    const batch = await submit(a);
    for (const who of [a.producer, a.ministry]) {
      await expect(decideBatch(who, { batchId: batch.id, decision: "accepted", acceptedQuantity: 20 })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(listInspectionQueue(a.producer, {})).rejects.toBeInstanceOf(ForbiddenError);
    await decideBatch(a.admin, { batchId: batch.id, decision: "accepted", acceptedQuantity: 20 });
  });
});
