import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { associations, auditEvents, payoutEntries, products } from "@/db/schema";
import { createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { addProducer } from "@/lib/batches/test-fixtures";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { acceptedBatchOf, groupWith, oweFor, refusal, shippedShipment } from "./test-fixtures";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  [a, b] = [await createTenant("owed-a"), await createTenant("owed-b")];
  await publishChecklist(a, a.product.lineId);
});

// Allocations have no order among themselves; the tests give each a different quantity.
const entriesOf = async (shipmentId: string) => (await db()).select().from(payoutEntries).where(eq(payoutEntries.shipmentId, shipmentId)).orderBy(payoutEntries.quantity);

describe("owed entries when a shipment leaves", () => {
  it("owes each batch's producer the allocated quantity at the product's producer price", async () => {
    const second = await addProducer(a);
    const first = await acceptedBatchOf(a, a.producer, 10);
    const other = await acceptedBatchOf(a, second, 8);
    const shipment = await shippedShipment(a, [{ batchId: first.id, quantity: 6 }, { batchId: other.id, quantity: 8 }]);

    expect(await oweFor(a.coordinator, shipment.id)).toEqual({ entries: 2, totalMinor: 14 * 35000 });
    const entries = await entriesOf(shipment.id);
    expect(entries.map((e) => [e.memberId, e.batchId, e.kind, e.quantity, e.unitPriceMinor, e.grossMinor, e.reserveMinor, e.amountMinor, e.currency])).toEqual([
      [a.member.id, first.id, "owed", 6, 35000, 210000, 0, 210000, "KGS"],
      [second.memberId, other.id, "owed", 8, 35000, 280000, 0, 280000, "KGS"],
    ]);
    expect(entries.every((e) => e.createdBy === a.coordinator.userId && e.allocationId !== null)).toBe(true);
    const [event] = await (await db()).select().from(auditEvents).where(and(eq(auditEvents.entityId, shipment.id), eq(auditEvents.action, "payout.owed")));
    expect(event).toMatchObject({ actorId: a.coordinator.userId, after: { totalMinor: 490000, entries: expect.arrayContaining([expect.objectContaining({ memberId: a.member.id, amountMinor: 210000 })]) } });
  });

  it("keeps the group's reserve share, else the association's, rounded down in the producer's favour", async () => {
    const database = await db();
    const t = await createTenant("owed-reserve");
    await publishChecklist(t, t.product.lineId);
    await database.update(associations).set({ reserveBasisPoints: 1000 }).where(eq(associations.id, t.association.id));
    await database.update(products).set({ producerPriceMinor: 333 }).where(eq(products.id, t.product.id));
    const [grouped, inGroupWithoutShare] = [await addProducer(t), await addProducer(t)];
    await groupWith(t, 1250, [grouped.memberId!]);
    await groupWith(t, null, [inGroupWithoutShare.memberId!]);
    const batches = [await acceptedBatchOf(t, t.producer, 7), await acceptedBatchOf(t, grouped, 3), await acceptedBatchOf(t, inGroupWithoutShare, 1)];
    const shipment = await shippedShipment(t, [{ batchId: batches[0]!.id, quantity: 7 }, { batchId: batches[1]!.id, quantity: 3 }, { batchId: batches[2]!.id, quantity: 1 }]);

    // 7 × 333 = 2331, 10% = 233.1 → 233; 3 × 333 = 999, 12.5% = 124.875 → 124; 333 × 10% = 33.3 → 33.
    expect(await oweFor(t.coordinator, shipment.id)).toEqual({ entries: 3, totalMinor: 2098 + 875 + 300 });
    const entries = await entriesOf(shipment.id);
    expect(entries.map((e) => [e.memberId, e.reserveBasisPoints, e.grossMinor, e.reserveMinor, e.amountMinor])).toEqual([
      [inGroupWithoutShare.memberId, 1000, 333, 33, 300],
      [grouped.memberId, 1250, 999, 124, 875],
      [t.member.id, 1000, 2331, 233, 2098],
    ]);
  });

  it("appends nothing more when the same shipment is shipped again", async () => {
    const batch = await acceptedBatchOf(a, a.producer, 5);
    const shipment = await shippedShipment(a, [{ batchId: batch.id, quantity: 5 }]);
    await oweFor(a.coordinator, shipment.id);
    expect(await oweFor(a.coordinator, shipment.id)).toEqual({ entries: 0, totalMinor: 0 });
    await Promise.all([oweFor(a.coordinator, shipment.id), oweFor(a.coordinator2, shipment.id)]);
    expect(await entriesOf(shipment.id)).toHaveLength(1);
    const events = await (await db()).select().from(auditEvents).where(and(eq(auditEvents.entityId, shipment.id), eq(auditEvents.action, "payout.owed")));
    expect(events).toHaveLength(1);
  });

  it("refuses a shipment that has not left, and another association's", async () => {
    const batch = await acceptedBatchOf(a, a.producer, 2);
    const planned = await shippedShipment(a, [{ batchId: batch.id, quantity: 2 }], "planning");
    expect(await refusal(oweFor(a.coordinator, planned.id))).toMatchObject({ key: "shipmentNotShipped" });
    expect(await refusal(oweFor(a.coordinator, planned.id))).toBeInstanceOf(ConflictError);
    const other = await acceptedBatchOf(a, a.producer, 2);
    const shipped = await shippedShipment(a, [{ batchId: other.id, quantity: 2 }]);
    expect(await refusal(oweFor(b.coordinator, shipped.id))).toBeInstanceOf(NotFoundError);
    expect(await entriesOf(shipped.id)).toEqual([]);
  });
});

describe("the ledger is append-only in the database", () => {
  it("refuses UPDATE, DELETE and TRUNCATE of entries", async () => {
    const batch = await acceptedBatchOf(a, a.producer, 3);
    const shipment = await shippedShipment(a, [{ batchId: batch.id, quantity: 3 }]);
    await oweFor(a.coordinator, shipment.id);
    const [entry] = await entriesOf(shipment.id);
    const database = await db();
    expect(await refusal(database.update(payoutEntries).set({ amountMinor: 1 }).where(eq(payoutEntries.id, entry!.id)))).toBeInstanceOf(Error);
    expect(await refusal(database.delete(payoutEntries).where(eq(payoutEntries.id, entry!.id)))).toBeInstanceOf(Error);
    expect(await refusal(database.execute(sql`truncate payout_entries`))).toBeInstanceOf(Error);
    expect(await entriesOf(shipment.id)).toEqual([entry]);
  });

  it("refuses entries that break the kind rules", async () => {
    const database = await db();
    const base = { associationId: a.association.id, memberId: a.member.id, currency: "KGS", createdBy: a.admin.userId };
    expect(await refusal(database.insert(payoutEntries).values({ ...base, kind: "paid", amountMinor: 100, paidOn: "2026-03-01", method: "cash" }))).toBeInstanceOf(Error);
    expect(await refusal(database.insert(payoutEntries).values({ ...base, kind: "adjustment", amountMinor: 100 }))).toBeInstanceOf(Error);
    expect(await refusal(database.insert(payoutEntries).values({ ...base, kind: "owed", amountMinor: 100 }))).toBeInstanceOf(Error);
  });
});
