import { eq, exists, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/connect";
import { batches, batchPhotos, files, ideaPhotos, inspectionPhotos, inspections, productIdeas } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";

const NOTHING = sql`false`;

/** Photos on one of the member's own batches or on an inspection of one. */
function onOwnBatch(database: Db, ctx: Ctx, memberId: string): SQL[] {
  const ownBatch = eq(batches.memberId, memberId);
  return [
    exists(
      database
        .select({ one: sql`1` })
        .from(batchPhotos)
        .innerJoin(batches, tenantJoin(batches, batchPhotos, batchPhotos.batchId))
        .where(scoped(ctx, batchPhotos, eq(batchPhotos.fileId, files.id), ownBatch)),
    ),
    exists(
      database
        .select({ one: sql`1` })
        .from(inspectionPhotos)
        .innerJoin(inspections, tenantJoin(inspections, inspectionPhotos, inspectionPhotos.inspectionId))
        .innerJoin(batches, tenantJoin(batches, inspections, inspections.batchId))
        .where(scoped(ctx, inspectionPhotos, eq(inspectionPhotos.fileId, files.id), ownBatch)),
    ),
  ];
}

/** Photos of the product ideas the caller proposed, whoever added them. */
function onOwnIdea(database: Db, ctx: Ctx): SQL {
  return exists(
    database
      .select({ one: sql`1` })
      .from(ideaPhotos)
      .innerJoin(productIdeas, tenantJoin(productIdeas, ideaPhotos, ideaPhotos.ideaId))
      .where(scoped(ctx, ideaPhotos, eq(ideaPhotos.fileId, files.id), eq(productIdeas.proposedBy, ctx.userId))),
  );
}

/**
 * Which files of the association the caller may see: staff see them all; a producer sees their
 * own uploads, product photos, the photos of their own batches and of their own ideas; anyone
 * else sees none.
 */
export function visibleFiles(database: Db, ctx: Ctx): SQL | undefined {
  if (can(ctx, "batch.list")) return undefined;
  if (!can(ctx, "batch.listOwn")) return NOTHING;
  const own = [eq(files.uploadedBy, ctx.userId), eq(files.purpose, "product_photo"), onOwnIdea(database, ctx)];
  return or(...own, ...(ctx.memberId ? onOwnBatch(database, ctx, ctx.memberId) : []));
}
