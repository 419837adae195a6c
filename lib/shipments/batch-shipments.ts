import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { allocations, batches, buyers, shipmentLines, shipments } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

/** From a batch up to the shipments that took from it (cancelled ones hold nothing), latest first. */
export async function batchShipments(ctx: Ctx, batchId: string) {
  authorize(ctx, "trace.read");
  if (!isUuid(batchId)) throw new NotFoundError();
  const database = await db();
  const [batch] = await database.select({ id: batches.id }).from(batches).where(scoped(ctx, batches, eq(batches.id, batchId)));
  if (!batch) throw new NotFoundError();
  return database
    .select({
      shipmentId: shipments.id,
      code: shipments.code,
      status: shipments.status,
      plannedDate: shipments.plannedDate,
      shippedAt: shipments.shippedAt,
      buyerName: buyers.name,
      destination: shipments.destination,
      quantity: allocations.quantity,
    })
    .from(allocations)
    .innerJoin(shipmentLines, tenantJoin(shipmentLines, allocations, allocations.shipmentLineId))
    .innerJoin(shipments, tenantJoin(shipments, shipmentLines, shipmentLines.shipmentId))
    .innerJoin(buyers, tenantJoin(buyers, shipments, shipments.buyerId))
    .where(scoped(ctx, allocations, eq(allocations.batchId, batchId)))
    .orderBy(desc(shipments.plannedDate), desc(shipments.code));
}

export type BatchShipment = Awaited<ReturnType<typeof batchShipments>>[number];
