import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connect";
import { shipments } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

/** The shipment's status, or not found when it is not one of the association's. */
export async function shipmentStatus(database: Db | Tx, ctx: Ctx, shipmentId: string) {
  if (!isUuid(shipmentId)) throw new NotFoundError();
  const [row] = await database.select({ status: shipments.status }).from(shipments).where(scoped(ctx, shipments, eq(shipments.id, shipmentId)));
  if (!row) throw new NotFoundError();
  return row.status;
}
