import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { shipmentLines } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { lineOf } from "./line-of";
import { lineValues } from "./line-values";
import { assertPlanning, lockShipment } from "./lock-shipment";
import { updateLineSchema, type UpdateLineInput } from "./schemas";

/** Changes a planned line's quantity or price; the quantity cannot drop below what is allocated to it. */
export async function updateLine(ctx: Ctx, input: UpdateLineInput): Promise<{ id: string }> {
  authorize(ctx, "shipment.manage");
  const { shipmentId, lineId, ...data } = updateLineSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const shipment = await lockShipment(tx, ctx, shipmentId);
    assertPlanning(shipment);
    const line = await lineOf(tx, ctx, shipmentId, lineId);
    const values = lineValues(data, shipment.currency);
    if (values.quantity < line.allocated) throw new ValidationError({ quantity: `belowAllocated?allocated=${line.allocated}` });
    if (values.quantity === line.quantity && values.unitPriceMinor === line.unitPriceMinor) return { id: lineId };
    await tx.update(shipmentLines).set(values).where(scoped(ctx, shipmentLines, eq(shipmentLines.id, lineId)));
    await recordAudit(tx, ctx, {
      action: "shipment.lineUpdated",
      entityType: "shipment",
      entityId: shipmentId,
      before: { lineId, quantity: line.quantity, unitPriceMinor: line.unitPriceMinor },
      after: { lineId, ...values },
    });
    return { id: lineId };
  });
}
