import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { batches } from "@/db/schema";
import { createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { listOpenInspections } from "./list-open-inspections";
import { listInspectionQueue } from "./list-queue";
import { sendBackInspection } from "./send-back-inspection";
import { startInspection } from "./start-inspection";
import { submitInspection } from "./submit-inspection";

// What the inspection screens and their actions reach beyond the lifecycle test: lists and the
// inspector's and approver's other actions, for another association and for the wrong roles.
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("acc-a");
  b = await createTenant("acc-b");
  await publishChecklist(a, a.product.lineId);
});

async function submittedBatch(t: Tenant) {
  const code = randomUUID();
  const [row] = await (await db())
    .insert(batches)
    .values({
      associationId: t.association.id,
      lotCode: code,
      publicCode: code,
      productId: t.product.id,
      memberId: t.member.id,
      quantity: 30,
      producedFrom: "2026-03-01",
      producedTo: "2026-03-02",
      submittedAt: new Date(),
    })
    .returning();
  return row!;
}

const refusal = (work: Promise<unknown>) => work.then(() => undefined, (error: unknown) => error);

describe("inspection screens across associations and roles", () => {
  it("lists only the caller's association", async () => {
    const waiting = await submittedBatch(a);
    const started = await submittedBatch(a);
    const { id } = await startInspection(a.coordinator, started.id);
    expect((await listInspectionQueue(a.coordinator, {})).items.map((i) => i.id)).toContain(waiting.id);
    expect((await listOpenInspections(a.coordinator)).map((i) => i.id)).toContain(id);
    expect((await listInspectionQueue(b.coordinator, {})).items).toEqual([]);
    expect(await listOpenInspections(b.coordinator)).toEqual([]);
  });

  it("does not find another association's inspection to submit or send back", async () => {
    const { id } = await startInspection(a.coordinator, (await submittedBatch(a)).id);
    expect(await refusal(submitInspection(b.coordinator, id, { results: [], outcome: "accept" }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(sendBackInspection(b.coordinator, id, { note: "Count again" }))).toBeInstanceOf(NotFoundError);
  });

  it("keeps producers and the ministry out", async () => {
    const { id } = await startInspection(a.coordinator, (await submittedBatch(a)).id);
    for (const ctx of [a.producer, a.ministry]) {
      expect(await refusal(listInspectionQueue(ctx, {}))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(listOpenInspections(ctx))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(submitInspection(ctx, id, { results: [], outcome: "accept" }))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(sendBackInspection(ctx, id, { note: "Count again" }))).toBeInstanceOf(ForbiddenError);
    }
  });
});
