import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { allocationCandidates } from "./allocation-candidates";
import { proposeOldestFirst } from "./propose-allocations";
import { shipmentStatus } from "./shipment-status";

/** The allocation editor's rows: per line its candidate batches and what each holds now. */
export async function allocationOptions(ctx: Ctx, shipmentId: string) {
  authorize(ctx, "shipment.manage");
  const database = await db();
  await shipmentStatus(database, ctx, shipmentId);
  return allocationCandidates(database, ctx, shipmentId);
}

/**
 * A proposal, not saved: each line filled oldest batch first from accepted quantity not
 * allocated elsewhere. `proposed` is per candidate; `missing` is what no batch can cover.
 */
export async function suggestAllocations(ctx: Ctx, shipmentId: string) {
  const lines = await allocationOptions(ctx, shipmentId);
  return lines.map((line) => {
    const proposed = proposeOldestFirst(line.quantity, line.candidates);
    const covered = proposed.reduce((sum, q) => sum + q, 0);
    return {
      ...line,
      candidates: line.candidates.map((c, i) => ({ ...c, proposed: proposed[i] ?? 0 })),
      missing: line.quantity - covered,
    };
  });
}

export type AllocationProposal = Awaited<ReturnType<typeof suggestAllocations>>;
