import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { shipmentLines } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { scoped } from "@/lib/tenancy/scope";
import { lineOf } from "./line-of";
import { assertPlanning, lockShipment } from "./lock-shipment";
import { releaseAllocations } from "./release-allocations";
import { removeLineSchema, type RemoveLineInput } from "./schemas";

/** Takes a line off a planned shipment; its allocations go back to their batches. */
export async function removeLine(ctx: Ctx, input: RemoveLineInput): Promise<{ id: string }> {
  authorize(ctx, "shipment.manage");
  const { shipmentId, lineId } = removeLineSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const shipment = await lockShipment(tx, ctx, shipmentId);
    assertPlanning(shipment);
    const line = await lineOf(tx, ctx, shipmentId, lineId);
    const released = await releaseAllocations(tx, ctx, [lineId]);
    await tx.delete(shipmentLines).where(scoped(ctx, shipmentLines, eq(shipmentLines.id, lineId)));
    await recordAudit(tx, ctx, {
      action: "shipment.lineRemoved",
      entityType: "shipment",
      entityId: shipmentId,
      before: { lineId, productId: line.productId, quantity: line.quantity, unitPriceMinor: line.unitPriceMinor, allocations: released },
    });
    return { id: lineId };
  });
}
