import { inArray } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { allocations } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";
import { adjustAllocatedAll } from "./batch-counter";

/** Deletes the lines' allocations and gives their quantities back to the batches; returns what was freed. */
export async function releaseAllocations(tx: Tx, ctx: Ctx, lineIds: string[]) {
  if (lineIds.length === 0) return [];
  const released = await tx
    .delete(allocations)
    .where(scoped(ctx, allocations, inArray(allocations.shipmentLineId, lineIds)))
    .returning({ lineId: allocations.shipmentLineId, batchId: allocations.batchId, quantity: allocations.quantity });
  const deltas = new Map<string, { delta: number; field: string }>();
  for (const a of released) {
    const entry = deltas.get(a.batchId) ?? { delta: 0, field: a.batchId };
    entry.delta -= a.quantity;
    deltas.set(a.batchId, entry);
  }
  await adjustAllocatedAll(tx, ctx, deltas);
  return released;
}
