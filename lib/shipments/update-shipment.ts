import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { shipmentLines, shipments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { changes } from "@/lib/catalog/changes";
import { ValidationError } from "@/lib/errors/domain-errors";
import { assertLabelApproved } from "@/lib/labels/label-gate";
import { scoped } from "@/lib/tenancy/scope";
import { assertPlanning, lockShipment } from "./lock-shipment";
import { checkMarket } from "./market";
import { updateShipmentSchema, type UpdateShipmentInput } from "./schemas";
import { checkBuyer } from "./shipment-buyer";

/**
 * Edits a shipment's header while it is planned. Line prices are in its currency, so the
 * currency changes only while there are no lines; a new market needs approved labels for every line.
 */
export async function updateShipment(ctx: Ctx, input: UpdateShipmentInput): Promise<{ id: string }> {
  authorize(ctx, "shipment.manage");
  const { shipmentId, ...data } = updateShipmentSchema.parse(input);
  checkMarket(data.market);
  const fields = { ...data, notes: data.notes || null };
  return (await db()).transaction(async (tx) => {
    const shipment = await lockShipment(tx, ctx, shipmentId);
    assertPlanning(shipment);
    const diff = changes(shipment, fields);
    if (!diff.changed) return { id: shipmentId };
    if (fields.buyerId !== shipment.buyerId) await checkBuyer(tx, ctx, fields.buyerId, shipment.buyerId);
    const lines = await tx
      .select({ productId: shipmentLines.productId })
      .from(shipmentLines)
      .where(scoped(ctx, shipmentLines, eq(shipmentLines.shipmentId, shipmentId)))
      .orderBy(asc(shipmentLines.position));
    if (fields.currency !== shipment.currency && lines.length > 0) throw new ValidationError({ currency: "currencyHasLines" });
    if (fields.market !== shipment.market) {
      for (const line of lines) await assertLabelApproved(tx, ctx, line.productId, fields.market);
    }
    await tx.update(shipments).set({ ...fields, updatedAt: new Date() }).where(scoped(ctx, shipments, eq(shipments.id, shipmentId)));
    await recordAudit(tx, ctx, { action: "shipment.updated", entityType: "shipment", entityId: shipmentId, before: diff.before, after: diff.after });
    return { id: shipmentId };
  });
}
