import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { shipmentSequences, shipments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { checkMarket } from "./market";
import { shipmentFormSchema, type ShipmentFormInput } from "./schemas";
import { checkBuyer } from "./shipment-buyer";
import { formatShipmentCode } from "./shipment-code";

async function nextShipmentNumber(tx: Tx, ctx: Ctx, year: number): Promise<number> {
  const [row] = await tx
    .insert(shipmentSequences)
    .values({ associationId: ctx.associationId, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [shipmentSequences.associationId, shipmentSequences.year],
      set: { lastValue: sql`${shipmentSequences.lastValue} + 1` },
    })
    .returning({ value: shipmentSequences.lastValue });
  return row!.value;
}

/** Starts a shipment in planning under the next code of this year (EXP-2026-007). */
export async function createShipment(ctx: Ctx, input: ShipmentFormInput): Promise<{ id: string; code: string }> {
  authorize(ctx, "shipment.manage");
  const data = shipmentFormSchema.parse(input);
  checkMarket(data.market);
  return (await db()).transaction(async (tx) => {
    await checkBuyer(tx, ctx, data.buyerId);
    const year = new Date().getUTCFullYear();
    const code = formatShipmentCode(year, await nextShipmentNumber(tx, ctx, year));
    const fields = { ...data, notes: data.notes || null };
    const [created] = await tx
      .insert(shipments)
      .values({ associationId: ctx.associationId, code, ...fields, createdBy: ctx.userId })
      .returning({ id: shipments.id, code: shipments.code });
    await recordAudit(tx, ctx, { action: "shipment.created", entityType: "shipment", entityId: created!.id, after: { code, status: "planning", ...fields } });
    return created!;
  });
}
