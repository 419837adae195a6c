import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connect";
import { productPhotos } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { ownedFileIds } from "@/lib/uploads/owned-file-ids";

/** A product's photo file ids in display order. */
export async function productPhotoIds(database: Db, ctx: Ctx, productId: string): Promise<string[]> {
  const rows = await database
    .select({ fileId: productPhotos.fileId })
    .from(productPhotos)
    .where(scoped(ctx, productPhotos, eq(productPhotos.productId, productId)))
    .orderBy(asc(productPhotos.position));
  return rows.map((r) => r.fileId);
}

/**
 * Makes `photoIds` the product's photos in that order. A photo it already has may stay whoever
 * uploaded it; a new one must be a product photo the caller uploaded.
 */
export async function replaceProductPhotos(tx: Tx, ctx: Ctx, productId: string, photoIds: string[]): Promise<void> {
  const current = new Set(await productPhotoIds(tx, ctx, productId));
  const added = photoIds.filter((id) => !current.has(id));
  const owned = added.length ? await ownedFileIds(tx, ctx, added, "product_photo") : [];
  if (owned.length !== added.length) throw new ValidationError({ photoIds: "photoNotOwned" });
  await tx.delete(productPhotos).where(scoped(ctx, productPhotos, eq(productPhotos.productId, productId)));
  if (photoIds.length) {
    await tx.insert(productPhotos).values(photoIds.map((fileId, position) => ({ associationId: ctx.associationId, productId, fileId, position })));
  }
}
