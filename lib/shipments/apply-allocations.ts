import { eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { allocations, batches, shipmentLines } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { ALLOCATABLE_STATUSES } from "./allocation-candidates";
import { adjustAllocatedAll } from "./batch-counter";
import { assertPlanning, lockShipment } from "./lock-shipment";
import { allocationKey, applyAllocationsSchema, type ApplyAllocationsInput } from "./schemas";

type Entry = { lineId: string; batchId: string; quantity: number };

const sameSet = (a: Entry[], b: Entry[]) =>
  a.length === b.length && a.every((x) => b.some((y) => y.lineId === x.lineId && y.batchId === x.batchId && y.quantity === x.quantity));

/**
 * Replaces the allocations of every line named, in one transaction: a line takes only accepted
 * batches of its product and no more than its quantity; each batch's allocated total moves in
 * the same transaction and its CHECK refuses over-allocation, whoever else allocates meanwhile.
 */
export async function applyAllocations(ctx: Ctx, shipmentId: string, input: ApplyAllocationsInput): Promise<{ allocated: number }> {
  authorize(ctx, "shipment.manage");
  const entries = applyAllocationsSchema.parse(input);
  const wanted = entries.filter((e) => e.quantity > 0);
  const allocated = wanted.reduce((sum, e) => sum + e.quantity, 0);
  return (await db()).transaction(async (tx) => {
    const shipment = await lockShipment(tx, ctx, shipmentId);
    assertPlanning(shipment);
    const lineIds = [...new Set(entries.map((e) => e.lineId))];
    if (lineIds.length === 0) return { allocated };
    const lines = await tx
      .select({ id: shipmentLines.id, productId: shipmentLines.productId, quantity: shipmentLines.quantity })
      .from(shipmentLines)
      .where(scoped(ctx, shipmentLines, eq(shipmentLines.shipmentId, shipmentId), inArray(shipmentLines.id, lineIds)));
    if (lines.length !== lineIds.length) throw new NotFoundError();
    const batchIds = [...new Set(wanted.map((e) => e.batchId))];
    const found = batchIds.length
      ? await tx.select({ id: batches.id, productId: batches.productId, status: batches.status }).from(batches).where(scoped(ctx, batches, inArray(batches.id, batchIds)))
      : [];
    if (found.length !== batchIds.length) throw new NotFoundError();
    const errors: Record<string, string> = {};
    for (const e of wanted) {
      const batch = found.find((b) => b.id === e.batchId)!;
      const line = lines.find((l) => l.id === e.lineId)!;
      const allocatable = (ALLOCATABLE_STATUSES as readonly string[]).includes(batch.status);
      if (batch.productId !== line.productId || !allocatable) errors[allocationKey(e.lineId, e.batchId)] = "batchNotAllocatable";
    }
    for (const line of lines) {
      const total = wanted.filter((e) => e.lineId === line.id).reduce((sum, e) => sum + e.quantity, 0);
      if (total > line.quantity) errors[line.id] = `overLine?max=${line.quantity}`;
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const before = await tx
      .select({ lineId: allocations.shipmentLineId, batchId: allocations.batchId, quantity: allocations.quantity })
      .from(allocations)
      .where(scoped(ctx, allocations, inArray(allocations.shipmentLineId, lineIds)));
    if (sameSet(before, wanted)) return { allocated };
    // A product is on one line of a shipment only, so a batch's box is the same key before and after.
    const deltas = new Map<string, { delta: number; field: string }>();
    const move = (e: Entry, sign: 1 | -1) => {
      const entry = deltas.get(e.batchId) ?? { delta: 0, field: allocationKey(e.lineId, e.batchId) };
      entry.delta += sign * e.quantity;
      deltas.set(e.batchId, entry);
    };
    before.forEach((e) => move(e, -1));
    wanted.forEach((e) => move(e, 1));
    await adjustAllocatedAll(tx, ctx, deltas);
    await tx.delete(allocations).where(scoped(ctx, allocations, inArray(allocations.shipmentLineId, lineIds)));
    if (wanted.length) {
      await tx
        .insert(allocations)
        .values(wanted.map((e) => ({ associationId: ctx.associationId, shipmentLineId: e.lineId, batchId: e.batchId, quantity: e.quantity })));
    }
    await recordAudit(tx, ctx, { action: "shipment.allocated", entityType: "shipment", entityId: shipmentId, before, after: wanted });
    return { allocated };
  });
}
