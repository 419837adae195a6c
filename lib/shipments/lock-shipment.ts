import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { shipments } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { SHIPPED_STATUSES } from "./options";

/** Reads a shipment and holds its row until the transaction ends, so changes to it queue up. */
export async function lockShipment(tx: Tx, ctx: Ctx, shipmentId: string) {
  if (!isUuid(shipmentId)) throw new NotFoundError();
  const [row] = await tx.select().from(shipments).where(scoped(ctx, shipments, eq(shipments.id, shipmentId))).for("update");
  if (!row) throw new NotFoundError();
  return row;
}

export type LockedShipment = Awaited<ReturnType<typeof lockShipment>>;

/** Header, lines and allocations change only while planning; a shipment that has left is read-only. */
export function assertPlanning(shipment: Pick<LockedShipment, "status">): void {
  if (SHIPPED_STATUSES.includes(shipment.status)) throw new ConflictError("shipmentShipped");
  if (shipment.status !== "planning") throw new ConflictError("shipmentNotPlanning");
}
