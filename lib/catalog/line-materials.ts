import { asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { lineMaterials, materials } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";

/** The ids of a line's allowed materials, sorted so that two lists compare as equal. */
export async function lineMaterialIds(tx: Tx, ctx: Ctx, lineId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: lineMaterials.materialId })
    .from(lineMaterials)
    .where(scoped(ctx, lineMaterials, eq(lineMaterials.lineId, lineId)))
    .orderBy(asc(lineMaterials.materialId));
  return rows.map((r) => r.id);
}

/** Makes `materialIds` the line's allowed materials; each must be a material of the caller's association. */
export async function replaceLineMaterials(tx: Tx, ctx: Ctx, lineId: string, materialIds: string[]): Promise<void> {
  const found = materialIds.length
    ? await tx.select({ id: materials.id }).from(materials).where(scoped(ctx, materials, inArray(materials.id, materialIds)))
    : [];
  if (found.length !== materialIds.length) throw new ValidationError({ materialIds: "notFound" });
  await tx.delete(lineMaterials).where(scoped(ctx, lineMaterials, eq(lineMaterials.lineId, lineId)));
  if (materialIds.length) {
    await tx.insert(lineMaterials).values(materialIds.map((materialId) => ({ associationId: ctx.associationId, lineId, materialId })));
  }
}
