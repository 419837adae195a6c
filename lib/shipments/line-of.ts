import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { allocations, shipmentLines } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";

/** A line of the shipment with the quantity allocated to it; a line of another shipment is not found. */
export async function lineOf(tx: Tx, ctx: Ctx, shipmentId: string, lineId: string) {
  const [line] = await tx
    .select({ id: shipmentLines.id, productId: shipmentLines.productId, quantity: shipmentLines.quantity, unitPriceMinor: shipmentLines.unitPriceMinor })
    .from(shipmentLines)
    .where(scoped(ctx, shipmentLines, eq(shipmentLines.id, lineId), eq(shipmentLines.shipmentId, shipmentId)));
  if (!line) throw new NotFoundError();
  const [held] = await tx
    .select({ allocated: sql<number>`coalesce(sum(${allocations.quantity}), 0)`.mapWith(Number) })
    .from(allocations)
    .where(scoped(ctx, allocations, eq(allocations.shipmentLineId, lineId)));
  return { ...line, allocated: held?.allocated ?? 0 };
}
