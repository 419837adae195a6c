import { asc, eq, gt, inArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/connect";
import { allocations, batches, members, productLines, products, shipmentLines, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";

export const ALLOCATABLE_STATUSES = ["accepted", "partially_accepted"] as const;

// Enough lots to fill any real line; older lots come first, so a cut drops the newest.
const MAX_CANDIDATES = 1000;

/**
 * Per line of the shipment, the accepted batches of its product it could take from, oldest
 * first: `available` counts what is free plus what this line already holds from the batch.
 */
export async function allocationCandidates(database: Db | Tx, ctx: Ctx, shipmentId: string) {
  const lines = await database
    .select({ lineId: shipmentLines.id, productId: shipmentLines.productId, quantity: shipmentLines.quantity, sku: products.sku, name: nameColumns(products), unit: productLines.unit })
    .from(shipmentLines)
    .innerJoin(products, tenantJoin(products, shipmentLines, shipmentLines.productId))
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .where(scoped(ctx, shipmentLines, eq(shipmentLines.shipmentId, shipmentId)))
    .orderBy(asc(shipmentLines.position));
  if (lines.length === 0) return [];
  const lineIds = lines.map((l) => l.lineId);
  const held = await database
    .select({ lineId: allocations.shipmentLineId, batchId: allocations.batchId, quantity: allocations.quantity })
    .from(allocations)
    .where(scoped(ctx, allocations, inArray(allocations.shipmentLineId, lineIds)));
  const heldIds = held.map((h) => h.batchId);
  const rows = await database
    .select({
      batchId: batches.id,
      productId: batches.productId,
      lotCode: batches.lotCode,
      producedTo: batches.producedTo,
      free: sql<number>`coalesce(${batches.acceptedQuantity}, 0) - ${batches.allocatedQuantity}`.mapWith(Number),
      producerName: members.fullName,
      village: nameColumns(villages),
    })
    .from(batches)
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .where(
      scoped(
        ctx,
        batches,
        inArray(batches.productId, lines.map((l) => l.productId)),
        inArray(batches.status, ALLOCATABLE_STATUSES),
        or(gt(sql`coalesce(${batches.acceptedQuantity}, 0) - ${batches.allocatedQuantity}`, 0), heldIds.length ? inArray(batches.id, heldIds) : undefined),
      ),
    )
    .orderBy(asc(batches.producedTo), asc(batches.lotCode))
    .limit(MAX_CANDIDATES);
  return lines.map((line) => {
    const current = (batchId: string) => held.find((h) => h.lineId === line.lineId && h.batchId === batchId)?.quantity ?? 0;
    const candidates = rows
      .filter((b) => b.productId === line.productId)
      .map((b) => ({
        batchId: b.batchId,
        lotCode: b.lotCode,
        producedTo: b.producedTo,
        producerName: b.producerName,
        villageName: localName(b.village, ctx.locale),
        current: current(b.batchId),
        available: b.free + current(b.batchId),
      }))
      .filter((c) => c.available > 0);
    return { lineId: line.lineId, productId: line.productId, productName: localName(line.name, ctx.locale), sku: line.sku, unit: line.unit, quantity: line.quantity, candidates };
  });
}

export type AllocationLine = Awaited<ReturnType<typeof allocationCandidates>>[number];
export type AllocationCandidate = AllocationLine["candidates"][number];
