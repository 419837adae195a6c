import { beforeAll, describe, expect, it } from "vitest";
import { dbHandle, setDatabase } from "@/db/client";
import { connectPostgres } from "@/db/connect";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { applyAllocations } from "./apply-allocations";
import { allocationKey } from "./schemas";
import { allocationOptions, suggestAllocations } from "./suggest-allocations";
import { acceptedBatch, allocationRowsTotal, batchRow, freshProduct, plannedShipment, refusal } from "./test-fixtures";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("alloc-a");
  b = await createTenant("alloc-b");
});

/** Runs the work with a pool as wide as the request count, so on PostgreSQL every transaction has its own connection at once. */
async function withWidePool<T>(size: number, work: () => Promise<T>): Promise<{ result: T; connections: number }> {
  const handle = await dbHandle();
  if (handle.kind !== "postgres") return { result: await work(), connections: 1 };
  const wide = connectPostgres(handle.pool.options.connectionString!, size);
  if (wide.kind !== "postgres") throw new Error("expected PostgreSQL");
  setDatabase(wide);
  try {
    const result = await work();
    return { result, connections: wide.pool.totalCount };
  } finally {
    setDatabase(handle);
    await wide.close();
  }
}

async function plannedShipments(productId: string, quantity: number) {
  const list: Awaited<ReturnType<typeof plannedShipment>>[] = [];
  for (let i = 0; i < 20; i += 1) list.push(await plannedShipment(a, { productId, quantity }));
  return list;
}

async function expectConsistent(batchId: string, accepted: number) {
  const batch = await batchRow(batchId);
  expect(batch.allocatedQuantity).toBeLessThanOrEqual(accepted);
  expect(batch.allocatedQuantity).toBe(await allocationRowsTotal(batchId));
  return batch.allocatedQuantity;
}

describe("suggesting allocations", () => {
  it("proposes the oldest accepted batches first, from what is not allocated elsewhere", async () => {
    const product = await freshProduct(a);
    const newer = await acceptedBatch(a, 10, { productId: product.id, producedTo: "2026-03-01" });
    const older = await acceptedBatch(a, 6, { productId: product.id, producedTo: "2026-01-15" });
    const partly = await acceptedBatch(a, 4, { productId: product.id, producedTo: "2026-02-01", quantity: 5 });
    const other = await plannedShipment(a, { productId: product.id, quantity: 3 });
    await applyAllocations(a.coordinator, other.id, [{ lineId: other.lineId, batchId: older.id, quantity: 3 }]);
    const shipment = await plannedShipment(a, { productId: product.id, quantity: 12 });
    const [line] = await suggestAllocations(a.coordinator, shipment.id);
    expect(line!.candidates.map((c) => [c.lotCode, c.available, c.proposed])).toEqual([
      [older.lotCode, 3, 3],
      [partly.lotCode, 4, 4],
      [newer.lotCode, 10, 5],
    ]);
    expect(line!.missing).toBe(0);
    // A proposal is not saved.
    expect((await batchRow(newer.id)).allocatedQuantity).toBe(0);
  });

  it("counts what the line already holds as available to it, and says what no batch can cover", async () => {
    const product = await freshProduct(a);
    const batch = await acceptedBatch(a, 5, { productId: product.id });
    const shipment = await plannedShipment(a, { productId: product.id, quantity: 8 });
    await applyAllocations(a.coordinator, shipment.id, [{ lineId: shipment.lineId, batchId: batch.id, quantity: 5 }]);
    const [line] = await suggestAllocations(a.coordinator, shipment.id);
    expect(line!.candidates).toEqual([expect.objectContaining({ batchId: batch.id, current: 5, available: 5, proposed: 5 })]);
    expect(line!.missing).toBe(3);
    expect((await allocationOptions(a.coordinator, shipment.id))[0]!.candidates[0]).toMatchObject({ current: 5 });
  });
});

describe("applying allocations", () => {
  it("replaces a line's allocations and moves each batch's total with it", async () => {
    const product = await freshProduct(a);
    const first = await acceptedBatch(a, 10, { productId: product.id });
    const second = await acceptedBatch(a, 10, { productId: product.id });
    const shipment = await plannedShipment(a, { productId: product.id, quantity: 12 });
    const lineId = shipment.lineId;
    await applyAllocations(a.coordinator, shipment.id, [
      { lineId, batchId: first.id, quantity: 10 },
      { lineId, batchId: second.id, quantity: 2 },
    ]);
    expect([(await batchRow(first.id)).allocatedQuantity, (await batchRow(second.id)).allocatedQuantity]).toEqual([10, 2]);
    await applyAllocations(a.coordinator, shipment.id, [
      { lineId, batchId: first.id, quantity: 0 },
      { lineId, batchId: second.id, quantity: 7 },
    ]);
    expect([await expectConsistent(first.id, 10), await expectConsistent(second.id, 10)]).toEqual([0, 7]);
  });

  it("refuses more than the line's quantity, more than a batch has, and batches that did not pass", async () => {
    const product = await freshProduct(a);
    const batch = await acceptedBatch(a, 5, { productId: product.id });
    const otherProduct = await acceptedBatch(a, 50);
    const shipment = await plannedShipment(a, { productId: product.id, quantity: 4 });
    const lineId = shipment.lineId;
    expect(await refusal(applyAllocations(a.coordinator, shipment.id, [{ lineId, batchId: batch.id, quantity: 5 }]))).toMatchObject({
      fieldErrors: { [lineId]: "overLine?max=4" },
    });
    expect(await refusal(applyAllocations(a.coordinator, shipment.id, [{ lineId, batchId: otherProduct.id, quantity: 1 }]))).toMatchObject({
      fieldErrors: { [allocationKey(lineId, otherProduct.id)]: "batchNotAllocatable" },
    });
    const bigger = await plannedShipment(a, { productId: product.id, quantity: 9 });
    const over = await refusal(applyAllocations(a.coordinator, bigger.id, [{ lineId: bigger.lineId, batchId: batch.id, quantity: 6 }]));
    expect(over).toBeInstanceOf(ValidationError);
    expect(over).toMatchObject({ fieldErrors: { [allocationKey(bigger.lineId, batch.id)]: "overAllocated" } });
    expect(await expectConsistent(batch.id, 5)).toBe(0);
  });

  it("never over-allocates a batch when twenty coordinators allocate it at the same time", async () => {
    const product = await freshProduct(a);
    const batch = await acceptedBatch(a, 50, { productId: product.id });
    const shipments = await plannedShipments(product.id, 5);
    const { result: outcomes, connections } = await withWidePool(25, () =>
      Promise.allSettled(
        shipments.map((s, i) => applyAllocations(i % 2 ? a.coordinator : a.coordinator2, s.id, [{ lineId: s.lineId, batchId: batch.id, quantity: 5 }])),
      ),
    );
    expect(connections).toBeGreaterThanOrEqual((await dbHandle()).kind === "postgres" ? 10 : 1);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(10);
    for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected")) {
      expect(o.reason).toBeInstanceOf(ValidationError);
      expect(Object.values((o.reason as ValidationError).fieldErrors!)).toEqual(["overAllocated"]);
    }
    expect(await expectConsistent(batch.id, 50)).toBe(50);
  });

  it("rolls back every batch of a refused request, with requests taking batches in opposite orders", async () => {
    const product = await freshProduct(a);
    const scarce = await acceptedBatch(a, 30, { productId: product.id });
    const plenty = await acceptedBatch(a, 100, { productId: product.id });
    const shipments = await plannedShipments(product.id, 6);
    const { result: outcomes } = await withWidePool(25, () =>
      Promise.allSettled(
        shipments.map((s, i) => {
          const pair = [
            { lineId: s.lineId, batchId: scarce.id, quantity: 3 },
            { lineId: s.lineId, batchId: plenty.id, quantity: 3 },
          ];
          return applyAllocations(a.coordinator, s.id, i % 2 ? pair.reverse() : pair);
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(10);
    expect(await expectConsistent(scarce.id, 30)).toBe(30);
    expect(await expectConsistent(plenty.id, 100)).toBe(30);
  });
});

describe("allocation boundaries", () => {
  it("answers not found for another association's shipment, line or batch", async () => {
    const shipment = await plannedShipment(a);
    const theirs = await plannedShipment(b);
    const theirBatch = await acceptedBatch(b, 5);
    const own = await acceptedBatch(a, 5);
    const line = { lineId: shipment.lineId, batchId: own.id, quantity: 1 };
    expect(await refusal(applyAllocations(b.coordinator, shipment.id, [line]))).toBeInstanceOf(NotFoundError);
    expect(await refusal(applyAllocations(a.coordinator, shipment.id, [{ ...line, lineId: theirs.lineId }]))).toBeInstanceOf(NotFoundError);
    expect(await refusal(applyAllocations(a.coordinator, shipment.id, [{ ...line, batchId: theirBatch.id }]))).toBeInstanceOf(NotFoundError);
    expect(await refusal(suggestAllocations(b.coordinator, shipment.id))).toBeInstanceOf(NotFoundError);
    expect((await batchRow(theirBatch.id)).allocatedQuantity).toBe(0);
  });
});
