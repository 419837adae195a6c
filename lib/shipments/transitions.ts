import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { shipmentLines, shipments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, ValidationError } from "@/lib/errors/domain-errors";
import { assertLabelApproved } from "@/lib/labels/label-gate";
import { appendOwedEntries } from "@/lib/payouts/append-owed-entries";
import { scoped } from "@/lib/tenancy/scope";
import { canTransition, TRANSITIONS, type Transition } from "./lifecycle";
import { lineOf } from "./line-of";
import { lockShipment, type LockedShipment } from "./lock-shipment";
import type { ShipmentStatus } from "./options";
import { releaseAllocations } from "./release-allocations";

/** Work a move does in its transaction before or after the status changes; what it returns goes into the audit event. */
type Step = {
  before?: (tx: Tx, ctx: Ctx, shipment: LockedShipment) => Promise<Record<string, unknown>>;
  after?: (tx: Tx, ctx: Ctx, shipmentId: string) => Promise<Record<string, unknown>>;
};

async function lineIdsOf(tx: Tx, ctx: Ctx, shipmentId: string) {
  const rows = await tx
    .select({ id: shipmentLines.id })
    .from(shipmentLines)
    .where(scoped(ctx, shipmentLines, eq(shipmentLines.shipmentId, shipmentId)))
    .orderBy(asc(shipmentLines.position));
  return rows.map((r) => r.id);
}

/** Packing needs lines, each allocated in full, and labels still approved for the market. */
async function checkPackable(tx: Tx, ctx: Ctx, shipment: LockedShipment) {
  const lineIds = await lineIdsOf(tx, ctx, shipment.id);
  if (lineIds.length === 0) throw new ConflictError("shipmentEmpty");
  for (const lineId of lineIds) {
    const line = await lineOf(tx, ctx, shipment.id, lineId);
    if (line.allocated !== line.quantity) throw new ConflictError("linesNotAllocated");
    await assertLabelApproved(tx, ctx, line.productId, shipment.market);
  }
  return {};
}

const steps: Record<Transition, Step> = {
  pack: { before: checkPackable },
  reopen: {},
  // Owed entries are appended once the shipment counts as shipped, which the ledger checks.
  ship: { after: async (tx, ctx, shipmentId) => ({ owed: await appendOwedEntries(tx, ctx, shipmentId) }) },
  deliver: {},
  close: {},
  cancel: { before: async (tx, ctx, shipment) => ({ released: await releaseAllocations(tx, ctx, await lineIdsOf(tx, ctx, shipment.id)) }) },
};

/**
 * One lifecycle move, checked against the locked row's status and audited with before and after.
 * "ship" appends the producers' owed payout entries in the same transaction; "cancel" deletes the
 * allocations and gives the batches their quantities back.
 */
export async function transitionShipment(ctx: Ctx, shipmentId: string, transition: Transition): Promise<{ id: string; status: ShipmentStatus }> {
  authorize(ctx, "shipment.manage");
  if (!Object.hasOwn(TRANSITIONS, transition)) throw new ValidationError({ transition: "invalidChoice" });
  return (await db()).transaction(async (tx) => {
    const shipment = await lockShipment(tx, ctx, shipmentId);
    if (!canTransition(shipment.status, transition)) throw new ConflictError("shipmentStatus");
    const step = steps[transition];
    const done = (await step.before?.(tx, ctx, shipment)) ?? {};
    const status = TRANSITIONS[transition].to;
    const now = new Date();
    const shippedAt = transition === "ship" ? now : shipment.shippedAt;
    await tx.update(shipments).set({ status, shippedAt, updatedAt: now }).where(scoped(ctx, shipments, eq(shipments.id, shipmentId)));
    Object.assign(done, await step.after?.(tx, ctx, shipmentId));
    await recordAudit(tx, ctx, {
      action: `shipment.${transition}`,
      entityType: "shipment",
      entityId: shipmentId,
      before: { status: shipment.status },
      after: { status, ...(transition === "ship" ? { shippedAt } : {}), ...done },
    });
    return { id: shipmentId, status };
  });
}
