import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { allocations, batches, labelDesigns } from "@/db/schema";
import { insertBatch, type Tenant } from "@/db/testing/factories";
import { addLineWithProduct } from "@/lib/batches/test-fixtures";
import { saveBuyer } from "@/lib/buyers/save-buyer";
import { addLine } from "./add-line";
import { createShipment } from "./create-shipment";

/** A batch that passed inspection, written straight into the database like the approval would leave it. */
export async function acceptedBatch(t: Tenant, accepted: number, options: { producedTo?: string; productId?: string; quantity?: number } = {}) {
  const quantity = options.quantity ?? accepted;
  return insertBatch(t, {
    productId: options.productId ?? t.product.id,
    quantity,
    producedFrom: "2026-01-01",
    producedTo: options.producedTo ?? "2026-02-01",
    status: accepted === quantity ? "accepted" : "partially_accepted",
    acceptedQuantity: accepted,
    rejectedQuantity: quantity - accepted,
    submittedAt: new Date(),
  });
}

/** An approved label design for the product and market, as the label review would leave it (once per product and market). */
export async function approveLabel(t: Tenant, productId: string, market = "JP") {
  await (await db()).insert(labelDesigns).values({
    associationId: t.association.id,
    productId,
    market,
    kind: "hang_tag",
    status: "approved",
    createdBy: t.coordinator.userId,
    approvedAt: new Date(),
  }).onConflictDoNothing();
}

export async function addBuyer(t: Tenant, name = `MUJI ${randomUUID().slice(0, 6)}`) {
  return saveBuyer(t.coordinator, { name, countryCode: "JP", currency: "JPY" });
}

/** A planned shipment to a new buyer in Japan with one line of the product (default: the tenant's), its label approved. */
export async function plannedShipment(t: Tenant, options: { quantity?: number; unitPrice?: string; productId?: string } = {}) {
  const productId = options.productId ?? t.product.id;
  const buyer = await addBuyer(t);
  const shipment = await createShipment(t.coordinator, {
    buyerId: buyer.id,
    market: "JP",
    destination: "Tokyo",
    incoterm: "FCA",
    currency: "JPY",
    plannedDate: "2026-06-01",
  });
  await approveLabel(t, productId);
  const line = await addLine(t.coordinator, { shipmentId: shipment.id, productId, quantity: options.quantity ?? 10, unitPrice: options.unitPrice ?? "1200" });
  return { ...shipment, buyerId: buyer.id, lineId: line.id, productId };
}

let productCounter = 0;

/** A product of its own (in a line of its own), so a test sees only the batches it makes. */
export async function freshProduct(t: Tenant) {
  productCounter += 1;
  const { product } = await addLineWithProduct(t, `SHIP${productCounter}-${randomUUID().slice(0, 4).toUpperCase()}`);
  return product;
}

export async function batchRow(id: string) {
  const [row] = await (await db()).select().from(batches).where(eq(batches.id, id));
  return row!;
}

/** The sum of the batch's allocation rows, which its allocated total must always equal. */
export async function allocationRowsTotal(batchId: string): Promise<number> {
  const rows = await (await db()).select({ quantity: allocations.quantity }).from(allocations).where(eq(allocations.batchId, batchId));
  return rows.reduce((sum, r) => sum + r.quantity, 0);
}

export async function refusal(work: Promise<unknown>) {
  return work.then(
    () => undefined,
    (error: unknown) => error,
  );
}
