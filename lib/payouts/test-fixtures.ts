import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { allocations, batches, buyers, members, producerGroups, shipmentLines, shipments } from "@/db/schema";
import { batchInput, type Tenant } from "@/db/testing/factories";
import { inspectBatch } from "@/db/testing/inspect-batch";
import type { Ctx } from "@/lib/auth/context";
import { logBatch } from "@/lib/batches/log-batch";
import { appendOwedEntries } from "./append-owed-entries";

/** A batch the producer logs and two coordinators accept in full, through the real workflow (the line needs a published checklist). */
export async function acceptedBatchOf(t: Tenant, producer: Ctx, quantity: number) {
  const logged = await logBatch(producer, batchInput(t.product.id, { quantity }));
  await inspectBatch(t, logged.id, { outcome: "accept" });
  return logged;
}

/**
 * A shipment of the tenant's product written straight into the database as the shipments module
 * leaves it when shipped: one line, the given allocations (batch totals raised to match), status shipped.
 */
export async function shippedShipment(t: Tenant, taken: { batchId: string; quantity: number }[], status: "planning" | "shipped" = "shipped") {
  const database = await db();
  const associationId = t.association.id;
  const [buyer] = await database.insert(buyers).values({ associationId, name: `Buyer ${randomUUID()}`, countryCode: "JP", currency: "JPY" }).returning();
  const [shipment] = await database
    .insert(shipments)
    .values({ associationId, code: `EXP-T-${randomUUID().slice(0, 8)}`, buyerId: buyer!.id, market: "JP", destination: "Tokyo", incoterm: "FCA", currency: "JPY", plannedDate: "2026-06-01", createdBy: t.coordinator.userId })
    .returning();
  const quantity = taken.reduce((sum, a) => sum + a.quantity, 0);
  const [line] = await database
    .insert(shipmentLines)
    .values({ associationId, shipmentId: shipment!.id, productId: t.product.id, quantity, unitPriceMinor: 1200, position: 1 })
    .returning();
  for (const a of taken) {
    await database.insert(allocations).values({ associationId, shipmentLineId: line!.id, batchId: a.batchId, quantity: a.quantity });
    await database.update(batches).set({ allocatedQuantity: sql`${batches.allocatedQuantity} + ${a.quantity}` }).where(eq(batches.id, a.batchId));
  }
  if (status === "shipped") await database.update(shipments).set({ status, shippedAt: new Date() }).where(eq(shipments.id, shipment!.id));
  return shipment!;
}

/** What the shipments module does in its "ship" transaction. */
export async function oweFor(ctx: Ctx, shipmentId: string) {
  return (await db()).transaction((tx) => appendOwedEntries(tx, ctx, shipmentId));
}

/** A producer group in the tenant's village with its own reserve share (null: the association's applies), joined by the members. */
export async function groupWith(t: Tenant, reserveBasisPoints: number | null, memberIds: string[]) {
  const database = await db();
  const [group] = await database
    .insert(producerGroups)
    .values({ associationId: t.association.id, villageId: t.village.id, name: `Group ${randomUUID().slice(0, 6)}`, reserveBasisPoints })
    .returning();
  for (const id of memberIds) await database.update(members).set({ groupId: group!.id }).where(eq(members.id, id));
  return group!;
}

export async function refusal(work: Promise<unknown>) {
  return work.then(
    () => undefined,
    (error: unknown) => error,
  );
}
