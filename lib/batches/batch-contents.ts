import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { batchMaterials, batchPhotos, lineMaterials, materials, productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { ownedFileIds } from "@/lib/uploads/owned-file-ids";
import type { BatchContents } from "./schemas";

type BatchProduct = { id: string; lineId: string; lineCode: string };

/** An active product of an active line of the caller's association, or undefined. */
export async function findActiveProduct(tx: Tx, ctx: Ctx, productId: string): Promise<BatchProduct | undefined> {
  const [product] = await tx
    .select({ id: products.id, lineId: productLines.id, lineCode: productLines.code })
    .from(products)
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .where(scoped(ctx, products, eq(products.id, productId), eq(products.status, "active"), eq(productLines.status, "active")));
  return product;
}

type CheckedMaterial = { materialId: string; dyeLot: string | null };

/**
 * The field errors of a batch's materials and photos: every material must be active and allowed
 * for the line, every photo uploaded by the caller as a batch photo. Dye lots are kept for dyes only.
 */
export async function checkContents(tx: Tx, ctx: Ctx, lineId: string, contents: BatchContents) {
  const errors: Record<string, string> = {};
  const ids = contents.materials.map((m) => m.materialId);
  const allowed = ids.length
    ? await tx
        .select({ id: materials.id, kind: materials.kind })
        .from(lineMaterials)
        .innerJoin(materials, tenantJoin(materials, lineMaterials, lineMaterials.materialId))
        .where(scoped(ctx, lineMaterials, eq(lineMaterials.lineId, lineId), inArray(lineMaterials.materialId, ids), eq(materials.status, "active")))
    : [];
  const kinds = new Map(allowed.map((m) => [m.id, m.kind]));
  if (kinds.size !== ids.length) errors.materials = "notAllowed";
  const owned = await ownedFileIds(tx, ctx, contents.photoIds, "batch_photo");
  if (owned.length !== contents.photoIds.length) errors.photoIds = "photoNotOwned";
  const checked: CheckedMaterial[] = contents.materials.map((m) => ({
    materialId: m.materialId,
    dyeLot: kinds.get(m.materialId) === "dye" && m.dyeLot ? m.dyeLot : null,
  }));
  return { errors, materials: checked };
}

/** Puts the batch's materials and photos in place of whatever it had. */
export async function replaceContents(tx: Tx, ctx: Ctx, batchId: string, list: CheckedMaterial[], photoIds: string[]): Promise<void> {
  await tx.delete(batchMaterials).where(scoped(ctx, batchMaterials, eq(batchMaterials.batchId, batchId)));
  await tx.delete(batchPhotos).where(scoped(ctx, batchPhotos, eq(batchPhotos.batchId, batchId)));
  if (list.length) {
    await tx.insert(batchMaterials).values(list.map((m) => ({ associationId: ctx.associationId, batchId, ...m })));
  }
  if (photoIds.length) {
    await tx
      .insert(batchPhotos)
      .values(photoIds.map((fileId, position) => ({ associationId: ctx.associationId, batchId, fileId, position })));
  }
}

/** What an audit event records of a saved batch. */
export function batchSnapshot(
  data: { productId: string; quantity: number; producedFrom: string; producedTo: string; notes?: string },
  list: CheckedMaterial[],
  photoIds: string[],
) {
  const { productId, quantity, producedFrom, producedTo, notes } = data;
  return { productId, quantity, producedFrom, producedTo, notes: notes || null, materials: list, photoIds };
}
