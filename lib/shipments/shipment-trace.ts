import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import type { Db } from "@/db/connect";
import { allocations, batches, batchMaterials, districts, inspections, materials, members, products, regions, shipmentLines, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { shipmentStatus } from "./shipment-status";

function materialsOf(database: Db, ctx: Ctx, batchIds: string[]) {
  return database
    .select({ batchId: batchMaterials.batchId, kind: materials.kind, name: nameColumns(materials), colourHex: materials.colourHex, dyeLot: batchMaterials.dyeLot })
    .from(batchMaterials)
    .innerJoin(materials, tenantJoin(materials, batchMaterials, batchMaterials.materialId))
    .where(scoped(ctx, batchMaterials, inArray(batchMaterials.batchId, batchIds)))
    .orderBy(asc(materials.kind), asc(materials.code));
}

function approvedInspectionsOf(database: Db, ctx: Ctx, batchIds: string[]) {
  return database
    .select({ id: inspections.id, batchId: inspections.batchId, outcome: inspections.outcome, acceptedQuantity: inspections.acceptedQuantity, approvedAt: inspections.approvedAt })
    .from(inspections)
    .where(scoped(ctx, inspections, inArray(inspections.batchId, batchIds), eq(inspections.status, "approved")))
    .orderBy(asc(inspections.approvedAt));
}

/**
 * From a shipment down to where its goods were made: per line the batches allocated to it, with
 * producer, village and region, materials and dye lots, and the approved inspections.
 */
export async function shipmentTrace(ctx: Ctx, shipmentId: string) {
  authorize(ctx, "trace.read");
  const database = await db();
  await shipmentStatus(database, ctx, shipmentId);
  const rows = await database
    .select({
      lineId: shipmentLines.id,
      product: nameColumns(products),
      sku: products.sku,
      allocationId: allocations.id,
      quantity: allocations.quantity,
      batchId: batches.id,
      lotCode: batches.lotCode,
      publicCode: batches.publicCode,
      producedFrom: batches.producedFrom,
      producedTo: batches.producedTo,
      memberId: members.id,
      producerName: members.fullName,
      memberNumber: members.memberNumber,
      village: nameColumns(villages),
      region: nameColumns(regions),
    })
    .from(allocations)
    .innerJoin(shipmentLines, tenantJoin(shipmentLines, allocations, allocations.shipmentLineId))
    .innerJoin(products, tenantJoin(products, shipmentLines, shipmentLines.productId))
    .innerJoin(batches, tenantJoin(batches, allocations, allocations.batchId))
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .innerJoin(districts, tenantJoin(districts, villages, villages.districtId))
    .innerJoin(regions, tenantJoin(regions, districts, districts.regionId))
    .where(scoped(ctx, allocations, eq(shipmentLines.shipmentId, shipmentId)))
    .orderBy(asc(shipmentLines.position), asc(batches.producedTo), asc(batches.lotCode));
  const batchIds = [...new Set(rows.map((r) => r.batchId))];
  const [used, decided] = batchIds.length
    ? await Promise.all([materialsOf(database, ctx, batchIds), approvedInspectionsOf(database, ctx, batchIds)])
    : [[], []];
  const traceBatch = (r: (typeof rows)[number]) => ({
    allocationId: r.allocationId,
    batchId: r.batchId,
    lotCode: r.lotCode,
    publicCode: r.publicCode,
    quantity: r.quantity,
    producedFrom: r.producedFrom,
    producedTo: r.producedTo,
    producer: { memberId: r.memberId, name: r.producerName, memberNumber: r.memberNumber },
    villageName: localName(r.village, ctx.locale),
    regionName: localName(r.region, ctx.locale),
    materials: used.filter((m) => m.batchId === r.batchId).map((m) => ({ kind: m.kind, name: localName(m.name, ctx.locale), colourHex: m.colourHex, dyeLot: m.dyeLot })),
    inspections: decided
      .filter((i) => i.batchId === r.batchId)
      .map((i) => ({ id: i.id, outcome: i.outcome, acceptedQuantity: i.acceptedQuantity, approvedAt: i.approvedAt })),
  });
  const lines = new Map<string, { lineId: string; productName: string; sku: string; batches: ReturnType<typeof traceBatch>[] }>();
  for (const r of rows) {
    const line = lines.get(r.lineId) ?? { lineId: r.lineId, productName: localName(r.product, ctx.locale), sku: r.sku, batches: [] };
    line.batches.push(traceBatch(r));
    lines.set(r.lineId, line);
  }
  return [...lines.values()];
}

export type ShipmentTrace = Awaited<ReturnType<typeof shipmentTrace>>;
export type TracedBatch = ShipmentTrace[number]["batches"][number];
