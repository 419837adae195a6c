import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { products, shipmentLines } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { assertLabelApproved } from "@/lib/labels/label-gate";
import { scoped } from "@/lib/tenancy/scope";
import { lineValues } from "./line-values";
import { assertPlanning, lockShipment } from "./lock-shipment";
import { addLineSchema, type AddLineInput } from "./schemas";

/** Adds a product to a planned shipment: only one with an approved label for the shipment's market (the label gate). */
export async function addLine(ctx: Ctx, input: AddLineInput): Promise<{ id: string }> {
  authorize(ctx, "shipment.manage");
  const { shipmentId, productId, ...data } = addLineSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const shipment = await lockShipment(tx, ctx, shipmentId);
    assertPlanning(shipment);
    const values = lineValues(data, shipment.currency);
    const [product] = await tx.select({ id: products.id }).from(products).where(scoped(ctx, products, eq(products.id, productId)));
    if (!product) throw new NotFoundError();
    await assertLabelApproved(tx, ctx, productId, shipment.market);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${shipmentLines.position}), 0)` })
      .from(shipmentLines)
      .where(scoped(ctx, shipmentLines, eq(shipmentLines.shipmentId, shipmentId)));
    const [line] = await tx
      .insert(shipmentLines)
      .values({ associationId: ctx.associationId, shipmentId, productId, ...values, position: Number(last?.position ?? 0) + 1 })
      .onConflictDoNothing()
      .returning({ id: shipmentLines.id });
    if (!line) throw new ValidationError({ productId: "productOnShipment" });
    await recordAudit(tx, ctx, { action: "shipment.lineAdded", entityType: "shipment", entityId: shipmentId, after: { lineId: line.id, productId, ...values } });
    return line;
  });
}
