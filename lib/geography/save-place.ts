import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { PLACE_TABLES } from "./place-tables";
import { savePlaceSchema, type SavePlaceInput } from "./schemas";

/** Adds or renames a region, district or village; districts and villages need a parent of this association. */
export async function savePlace(ctx: Ctx, input: SavePlaceInput) {
  authorize(ctx, "geography.manage");
  const { kind, id, parentId, ...names } = savePlaceSchema.parse(input);
  const { table, parent } = PLACE_TABLES[kind];
  return (await db()).transaction(async (tx) => {
    if (parent) {
      const [found] = parentId ? await tx.select({ id: parent.table.id }).from(parent.table).where(scoped(ctx, parent.table, eq(parent.table.id, parentId))) : [];
      if (!found) throw new ValidationError({ parentId: parentId ? "notFound" : "required" });
    }
    const parentColumn = kind === "district" ? { regionId: parentId! } : kind === "village" ? { districtId: parentId! } : {};
    if (id) {
      const [before] = await tx.select().from(table).where(scoped(ctx, table, eq(table.id, id))).for("update");
      if (!before) throw new NotFoundError();
      await tx.update(table).set({ ...names, ...parentColumn }).where(scoped(ctx, table, eq(table.id, id)));
      await recordAudit(tx, ctx, { action: `${kind}.updated`, entityType: kind, entityId: id, before, after: { ...names, ...parentColumn } });
      return { id };
    }
    const [created] = await tx
      .insert(table)
      .values({ associationId: ctx.associationId, ...names, ...parentColumn } as typeof table.$inferInsert)
      .returning({ id: table.id });
    await recordAudit(tx, ctx, { action: `${kind}.created`, entityType: kind, entityId: created!.id, after: { ...names, ...parentColumn } });
    return { id: created!.id };
  });
}
