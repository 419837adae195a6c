import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { allocations, auditEvents, payoutEntries, shipmentLines } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { setBuyerStatus } from "@/lib/buyers/set-buyer-status";
import { ConflictError, ValidationError } from "@/lib/errors/domain-errors";
import { addLine } from "./add-line";
import { applyAllocations } from "./apply-allocations";
import { createShipment } from "./create-shipment";
import { getShipment } from "./get-shipment";
import { removeLine } from "./remove-line";
import { acceptedBatch, addBuyer, allocationRowsTotal, approveLabel, batchRow, freshProduct, plannedShipment, refusal } from "./test-fixtures";
import { transitionShipment } from "./transitions";
import { updateLine } from "./update-line";
import { updateShipment } from "./update-shipment";

let a: Tenant;

beforeAll(async () => {
  a = await createTenant("ship-a");
});

const header = (buyerId: string) => ({ buyerId, market: "JP", destination: "Tokyo", incoterm: "FCA" as const, currency: "JPY", plannedDate: "2026-06-01" });

/** A planned shipment of a product of its own, its line fully allocated from one accepted batch. */
async function allocatedShipment(quantity = 6) {
  const product = await freshProduct(a);
  const batch = await acceptedBatch(a, 10, { productId: product.id });
  const shipment = await plannedShipment(a, { productId: product.id, quantity, unitPrice: "1500" });
  await applyAllocations(a.coordinator, shipment.id, [{ lineId: shipment.lineId, batchId: batch.id, quantity }]);
  return { ...shipment, batch, product };
}

async function auditActions(shipmentId: string) {
  return (await db())
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "shipment"), eq(auditEvents.entityId, shipmentId)))
    .orderBy(asc(auditEvents.id));
}

describe("creating and editing shipments", () => {
  it("numbers shipments per association and year", async () => {
    const t = await createTenant("ship-codes");
    const buyer = await addBuyer(t);
    const first = await createShipment(t.coordinator, header(buyer.id));
    const second = await createShipment(t.admin, header(buyer.id));
    const year = new Date().getUTCFullYear();
    expect([first.code, second.code]).toEqual([`EXP-${year}-001`, `EXP-${year}-002`]);
    expect((await getShipment(t.coordinator, first.id)).status).toBe("planning");
  });

  it("refuses an archived buyer and a market the label rules do not know", async () => {
    const buyer = await addBuyer(a);
    expect(await refusal(createShipment(a.coordinator, { ...header(buyer.id), market: "XX" }))).toMatchObject({ fieldErrors: { market: "invalidChoice" } });
    await setBuyerStatus(a.coordinator, { buyerId: buyer.id, status: "archived" });
    expect(await refusal(createShipment(a.coordinator, header(buyer.id)))).toMatchObject({ fieldErrors: { buyerId: "buyerArchived" } });
  });

  it("lets in only products with an approved label for the shipment's market (the label gate)", async () => {
    const buyer = await addBuyer(a);
    const shipment = await createShipment(a.coordinator, header(buyer.id));
    const product = await freshProduct(a);
    const line = { shipmentId: shipment.id, productId: product.id, quantity: 5, unitPrice: "1200" };
    const refused = await refusal(addLine(a.coordinator, line));
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({ key: "labelNotApproved" });
    await approveLabel(a, product.id, "EU");
    expect(await refusal(addLine(a.coordinator, line))).toMatchObject({ key: "labelNotApproved" });
    await approveLabel(a, product.id, "JP");
    await addLine(a.coordinator, line);
    expect(await refusal(addLine(a.coordinator, line))).toMatchObject({ fieldErrors: { productId: "productOnShipment" } });
    // Changing the market re-checks every line; the currency is fixed once prices are in it.
    const other = await freshProduct(a);
    await approveLabel(a, other.id, "JP");
    await addLine(a.coordinator, { ...line, productId: other.id });
    expect(await refusal(updateShipment(a.coordinator, { shipmentId: shipment.id, ...header(buyer.id), market: "EU" }))).toMatchObject({ key: "labelNotApproved" });
    expect(await refusal(updateShipment(a.coordinator, { shipmentId: shipment.id, ...header(buyer.id), currency: "USD" }))).toMatchObject({
      fieldErrors: { currency: "currencyHasLines" },
    });
    expect((await getShipment(a.coordinator, shipment.id)).lines.map((l) => [l.unitPriceMinor, l.quantity])).toEqual([
      [1200, 5],
      [1200, 5],
    ]);
  });

  it("keeps a line's quantity at or above what is allocated, and frees a removed line's batches", async () => {
    const shipment = await allocatedShipment(6);
    expect(await refusal(updateLine(a.coordinator, { shipmentId: shipment.id, lineId: shipment.lineId, quantity: 5, unitPrice: "1500" }))).toMatchObject({
      fieldErrors: { quantity: "belowAllocated?allocated=6" },
    });
    await updateLine(a.coordinator, { shipmentId: shipment.id, lineId: shipment.lineId, quantity: 8, unitPrice: "1600" });
    expect((await getShipment(a.coordinator, shipment.id)).lines[0]).toMatchObject({ quantity: 8, unitPriceMinor: 1600, allocated: 6, totalMinor: 12800 });
    await removeLine(a.coordinator, { shipmentId: shipment.id, lineId: shipment.lineId });
    expect((await batchRow(shipment.batch.id)).allocatedQuantity).toBe(0);
    expect(await allocationRowsTotal(shipment.batch.id)).toBe(0);
    expect((await auditActions(shipment.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["shipment.created", "shipment.lineAdded", "shipment.allocated", "shipment.lineUpdated", "shipment.lineRemoved"]),
    );
  });
});

describe("the lifecycle", () => {
  it("packs only a shipment whose every line is fully allocated, and reopens it", async () => {
    const empty = await createShipment(a.coordinator, header((await addBuyer(a)).id));
    expect(await refusal(transitionShipment(a.coordinator, empty.id, "pack"))).toMatchObject({ key: "shipmentEmpty" });
    const short = await plannedShipment(a, { productId: (await freshProduct(a)).id });
    expect(await refusal(transitionShipment(a.coordinator, short.id, "pack"))).toMatchObject({ key: "linesNotAllocated" });
    const shipment = await allocatedShipment();
    await transitionShipment(a.coordinator, shipment.id, "pack");
    expect(await refusal(applyAllocations(a.coordinator, shipment.id, []))).toMatchObject({ key: "shipmentNotPlanning" });
    expect(await refusal(removeLine(a.coordinator, { shipmentId: shipment.id, lineId: shipment.lineId }))).toMatchObject({ key: "shipmentNotPlanning" });
    await transitionShipment(a.coordinator, shipment.id, "reopen");
    expect((await getShipment(a.coordinator, shipment.id)).status).toBe("planning");
  });

  it("refuses moves the lifecycle does not have", async () => {
    const shipment = await allocatedShipment();
    for (const move of ["ship", "deliver", "close", "reopen"] as const) {
      expect(await refusal(transitionShipment(a.coordinator, shipment.id, move))).toMatchObject({ key: "shipmentStatus" });
    }
    await transitionShipment(a.coordinator, shipment.id, "pack");
    expect(await refusal(transitionShipment(a.coordinator, shipment.id, "pack"))).toMatchObject({ key: "shipmentStatus" });
    expect(await refusal(transitionShipment(a.coordinator, shipment.id, "deliver"))).toMatchObject({ key: "shipmentStatus" });
    expect(await refusal(transitionShipment(a.coordinator, shipment.id, "bogus" as "pack"))).toBeInstanceOf(ValidationError);
  });

  it("frees the allocations of a cancelled shipment, planned or packed", async () => {
    const planned = await allocatedShipment(6);
    const packed = await allocatedShipment(4);
    await transitionShipment(a.coordinator, packed.id, "pack");
    for (const s of [planned, packed]) {
      await transitionShipment(a.coordinator, s.id, "cancel");
      expect((await batchRow(s.batch.id)).allocatedQuantity).toBe(0);
      expect(await allocationRowsTotal(s.batch.id)).toBe(0);
      expect(await refusal(transitionShipment(a.coordinator, s.id, "cancel"))).toMatchObject({ key: "shipmentStatus" });
    }
    const [cancelled] = (await auditActions(planned.id)).filter((e) => e.action === "shipment.cancel");
    expect(cancelled).toMatchObject({ before: { status: "planning" }, after: { status: "cancelled", released: [expect.objectContaining({ batchId: planned.batch.id, quantity: 6 })] } });
  });

  it("ships with the producers' owed entries, then is read-only down to the database", async () => {
    const shipment = await allocatedShipment(6);
    await transitionShipment(a.coordinator, shipment.id, "pack");
    await transitionShipment(a.coordinator2, shipment.id, "ship");
    const shipped = await getShipment(a.coordinator, shipment.id);
    expect(shipped.status).toBe("shipped");
    expect(shipped.shippedAt).toBeInstanceOf(Date);

    const entries = await (await db()).select().from(payoutEntries).where(eq(payoutEntries.shipmentId, shipment.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: "owed", memberId: a.member.id, quantity: 6, amountMinor: 6 * shipment.product.producerPriceMinor });
    const [shipEvent] = (await auditActions(shipment.id)).filter((e) => e.action === "shipment.ship");
    expect(shipEvent).toMatchObject({ before: { status: "packed" }, after: { status: "shipped", owed: { entries: 1, totalMinor: 6 * shipment.product.producerPriceMinor } } });

    const ids = { shipmentId: shipment.id, lineId: shipment.lineId };
    const edits = [
      () => updateShipment(a.coordinator, { shipmentId: shipment.id, ...header(shipment.buyerId), destination: "Osaka" }),
      () => addLine(a.coordinator, { shipmentId: shipment.id, productId: a.product.id, quantity: 1, unitPrice: "1" }),
      () => updateLine(a.coordinator, { ...ids, quantity: 6, unitPrice: "1" }),
      () => removeLine(a.coordinator, ids),
      () => applyAllocations(a.coordinator, shipment.id, [{ lineId: shipment.lineId, batchId: shipment.batch.id, quantity: 1 }]),
    ];
    for (const edit of edits) expect(await refusal(edit())).toMatchObject({ key: "shipmentShipped" });
    expect(await refusal(transitionShipment(a.coordinator, shipment.id, "cancel"))).toMatchObject({ key: "shipmentStatus" });

    const database = await db();
    expect(await refusal(database.update(shipmentLines).set({ quantity: 1 }).where(eq(shipmentLines.id, shipment.lineId)))).toBeInstanceOf(Error);
    expect(await refusal(database.delete(allocations).where(eq(allocations.batchId, shipment.batch.id)))).toBeInstanceOf(Error);
    expect(await allocationRowsTotal(shipment.batch.id)).toBe(6);

    await transitionShipment(a.coordinator, shipment.id, "deliver");
    await transitionShipment(a.coordinator, shipment.id, "close");
    expect((await getShipment(a.coordinator, shipment.id)).status).toBe("closed");
    expect(await refusal(database.delete(shipmentLines).where(eq(shipmentLines.id, shipment.lineId)))).toBeInstanceOf(Error);
    const moves = (await auditActions(shipment.id)).filter((e) => ["shipment.pack", "shipment.ship", "shipment.deliver", "shipment.close"].includes(e.action));
    expect(moves.map((e) => [e.before, (e.after as { status: string }).status])).toEqual([
      [{ status: "planning" }, "packed"],
      [{ status: "packed" }, "shipped"],
      [{ status: "shipped" }, "delivered"],
      [{ status: "delivered" }, "closed"],
    ]);
  });
});
