import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connect";
import { files, labelArtwork } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ValidationError } from "@/lib/errors/domain-errors";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { fileUrl } from "@/lib/uploads/file-url";
import { ownedFileIds } from "@/lib/uploads/owned-file-ids";

export type LabelArtworkFile = { id: string; name: string; url: string; contentType: string };

/** A design's artwork files in the designer's order, as the document picker shows them. */
export async function artworkOf(database: Db | Tx, ctx: Ctx, designId: string): Promise<LabelArtworkFile[]> {
  const rows = await database
    .select({ id: files.id, originalName: files.originalName, contentType: files.contentType })
    .from(labelArtwork)
    .innerJoin(files, tenantJoin(files, labelArtwork, labelArtwork.fileId))
    .where(scoped(ctx, labelArtwork, eq(labelArtwork.designId, designId)))
    .orderBy(asc(labelArtwork.position));
  return rows.map((r) => ({ id: r.id, name: r.originalName ?? r.id, url: fileUrl(r.id), contentType: r.contentType }));
}

/**
 * Makes `fileIds` the design's artwork in that order. Files it has keep their place whoever added
 * them; a new one must be label artwork the caller uploaded.
 */
export async function replaceArtwork(tx: Tx, ctx: Ctx, designId: string, fileIds: readonly string[], current: readonly string[]): Promise<void> {
  const added = fileIds.filter((id) => !current.includes(id));
  const owned = await ownedFileIds(tx, ctx, added, "label_artwork");
  if (owned.length !== added.length) throw new ValidationError({ artworkFileIds: "artworkNotOwned" });
  await tx.delete(labelArtwork).where(scoped(ctx, labelArtwork, eq(labelArtwork.designId, designId)));
  if (fileIds.length > 0) {
    await tx.insert(labelArtwork).values(fileIds.map((fileId, position) => ({ associationId: ctx.associationId, designId, fileId, position })));
  }
}
