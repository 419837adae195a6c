import { count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { PLACE_TABLES } from "./place-tables";
import { deletePlaceSchema, type DeletePlaceInput } from "./schemas";

/** Removes a place or group nothing refers to; one in use is refused with a clear message. */
export async function deletePlace(ctx: Ctx, input: DeletePlaceInput) {
  authorize(ctx, "geography.manage");
  const { kind, id } = deletePlaceSchema.parse(input);
  const { table, usedBy } = PLACE_TABLES[kind];
  return (await db()).transaction(async (tx) => {
    const [before] = await tx.select().from(table).where(scoped(ctx, table, eq(table.id, id))).for("update");
    if (!before) throw new NotFoundError();
    for (const user of usedBy) {
      const [row] = await tx.select({ n: count() }).from(user.table).where(scoped(ctx, user.table, eq(user.column, id)));
      if ((row?.n ?? 0) > 0) throw new ConflictError("placeInUse");
    }
    await tx.delete(table).where(scoped(ctx, table, eq(table.id, id)));
    await recordAudit(tx, ctx, { action: `${kind}.deleted`, entityType: kind, entityId: id, before });
    return { id };
  });
}
