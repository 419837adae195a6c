import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { allocations, associations, batches, members, payoutEntries, producerGroups, products, shipmentLines, shipments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { SHIPPED_STATUSES } from "@/lib/shipments/options";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { computeOwed } from "./compute-owed";

/** Each allocation of the shipment with what its owed entry is computed from. */
async function allocationsToPay(tx: Tx, ctx: Ctx, shipmentId: string) {
  return tx
    .select({
      allocationId: allocations.id,
      batchId: allocations.batchId,
      quantity: allocations.quantity,
      memberId: batches.memberId,
      unitPriceMinor: products.producerPriceMinor,
      currency: products.currency,
      groupReserve: producerGroups.reserveBasisPoints,
    })
    .from(allocations)
    .innerJoin(shipmentLines, tenantJoin(shipmentLines, allocations, allocations.shipmentLineId))
    .innerJoin(batches, tenantJoin(batches, allocations, allocations.batchId))
    .innerJoin(products, tenantJoin(products, shipmentLines, shipmentLines.productId))
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .leftJoin(producerGroups, tenantJoin(producerGroups, members, members.groupId))
    .where(scoped(ctx, allocations, eq(shipmentLines.shipmentId, shipmentId)))
    .orderBy(asc(shipmentLines.position), asc(allocations.id));
}

/**
 * Appends one "owed" entry per allocation of a shipped shipment, inside the caller's transaction
 * (the shipments module's "ship" step; it authorizes, so no payout permission is asked here).
 * The producer is the batch's member; the price the product's producer price now; the reserve
 * share the member's group's, else the association's. An allocation already owed is skipped by
 * the unique index, so calling it twice appends nothing more. Returns what was appended.
 */
export async function appendOwedEntries(tx: Tx, ctx: Ctx, shipmentId: string): Promise<{ entries: number; totalMinor: number }> {
  const [shipment] = await tx.select({ status: shipments.status }).from(shipments).where(scoped(ctx, shipments, eq(shipments.id, shipmentId)));
  if (!shipment) throw new NotFoundError();
  if (!SHIPPED_STATUSES.includes(shipment.status)) throw new ConflictError("shipmentNotShipped");
  const [association] = await tx
    .select({ reserveBasisPoints: associations.reserveBasisPoints, currency: associations.currency })
    .from(associations)
    .where(eq(associations.id, ctx.associationId));
  if (!association) throw new NotFoundError();
  const rows = await allocationsToPay(tx, ctx, shipmentId);
  if (rows.length === 0) return { entries: 0, totalMinor: 0 };
  // The ledger is kept in the association's currency, the one product prices are entered in.
  if (rows.some((r) => r.currency !== association.currency)) throw new ConflictError("payoutCurrency");
  const values = rows.map((r) => {
    const reserveBasisPoints = r.groupReserve ?? association.reserveBasisPoints;
    const owed = computeOwed(r.quantity, r.unitPriceMinor, reserveBasisPoints);
    return {
      associationId: ctx.associationId,
      memberId: r.memberId,
      kind: "owed" as const,
      amountMinor: owed.amountMinor,
      currency: association.currency,
      shipmentId,
      allocationId: r.allocationId,
      batchId: r.batchId,
      quantity: r.quantity,
      unitPriceMinor: r.unitPriceMinor,
      grossMinor: owed.grossMinor,
      reserveMinor: owed.reserveMinor,
      reserveBasisPoints,
      createdBy: ctx.userId,
    };
  });
  const appended = await tx
    .insert(payoutEntries)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: payoutEntries.id, memberId: payoutEntries.memberId, allocationId: payoutEntries.allocationId, amountMinor: payoutEntries.amountMinor });
  const totalMinor = appended.reduce((sum, e) => sum + e.amountMinor, 0);
  if (appended.length > 0) {
    await recordAudit(tx, ctx, { action: "payout.owed", entityType: "shipment", entityId: shipmentId, after: { entries: appended, totalMinor } });
  }
  return { entries: appended.length, totalMinor };
}
