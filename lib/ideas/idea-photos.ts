import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connect";
import { ideaPhotos } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { ownedFileIds } from "@/lib/uploads/owned-file-ids";

/** An idea's photo file ids in display order. */
export async function ideaPhotoIds(database: Db | Tx, ctx: Ctx, ideaId: string): Promise<string[]> {
  const rows = await database
    .select({ fileId: ideaPhotos.fileId })
    .from(ideaPhotos)
    .where(scoped(ctx, ideaPhotos, eq(ideaPhotos.ideaId, ideaId)))
    .orderBy(asc(ideaPhotos.position));
  return rows.map((r) => r.fileId);
}

/**
 * Makes `photoIds` the idea's photos in that order. Photos it has keep their place whoever added
 * them (a coordinator editing a producer's idea); a new one must be an idea photo the caller uploaded.
 */
export async function replaceIdeaPhotos(tx: Tx, ctx: Ctx, ideaId: string, photoIds: string[], current: string[]): Promise<void> {
  const added = photoIds.filter((id) => !current.includes(id));
  const owned = await ownedFileIds(tx, ctx, added, "idea_photo");
  if (owned.length !== added.length) throw new ValidationError({ photoFileIds: "photoNotOwned" });
  await tx.delete(ideaPhotos).where(scoped(ctx, ideaPhotos, eq(ideaPhotos.ideaId, ideaId)));
  if (photoIds.length > 0) {
    await tx.insert(ideaPhotos).values(photoIds.map((fileId, position) => ({ associationId: ctx.associationId, ideaId, fileId, position })));
  }
}
