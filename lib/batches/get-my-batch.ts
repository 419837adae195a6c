import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, batchMaterials, batchPhotos, materials, productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { batchDecisions } from "./batch-decisions";
import { fileUrl } from "@/lib/uploads/file-url";
import { isUuid } from "@/lib/validation/uuid";
import { isEditableStatus } from "./editable";

/** The producer's own batch with its materials and photos; anyone else's is not found. */
export async function getMyBatch(ctx: Ctx, batchId: string) {
  authorize(ctx, "batch.listOwn");
  if (!ctx.memberId) throw new ForbiddenError();
  if (!isUuid(batchId)) throw new NotFoundError();
  const database = await db();
  const [row] = await database
    .select({ batch: batches, product: nameColumns(products), sku: products.sku, lineId: productLines.id, unit: productLines.unit })
    .from(batches)
    .innerJoin(products, tenantJoin(products, batches, batches.productId))
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .where(scoped(ctx, batches, eq(batches.id, batchId), eq(batches.memberId, ctx.memberId)));
  if (!row) throw new NotFoundError();
  const [materialRows, photoRows, decisions] = await Promise.all([
    database
      .select({ id: materials.id, kind: materials.kind, name: nameColumns(materials), colourHex: materials.colourHex, dyeLot: batchMaterials.dyeLot })
      .from(batchMaterials)
      .innerJoin(materials, tenantJoin(materials, batchMaterials, batchMaterials.materialId))
      .where(scoped(ctx, batchMaterials, eq(batchMaterials.batchId, batchId)))
      .orderBy(asc(materials.kind), asc(materials.code)),
    database
      .select({ id: batchPhotos.fileId })
      .from(batchPhotos)
      .where(scoped(ctx, batchPhotos, eq(batchPhotos.batchId, batchId)))
      .orderBy(asc(batchPhotos.position)),
    batchDecisions(database, ctx, batchId),
  ]);
  const { batch } = row;
  return {
    id: batch.id,
    lotCode: batch.lotCode,
    status: batch.status,
    productId: batch.productId,
    productName: localName(row.product, ctx.locale),
    sku: row.sku,
    lineId: row.lineId,
    unit: row.unit,
    quantity: batch.quantity,
    acceptedQuantity: batch.acceptedQuantity,
    rejectedQuantity: batch.rejectedQuantity,
    producedFrom: batch.producedFrom,
    producedTo: batch.producedTo,
    notes: batch.notes,
    submittedAt: batch.submittedAt,
    editable: isEditableStatus(batch.status),
    materials: materialRows.map(({ name, ...m }) => ({ ...m, name: localName(name, ctx.locale) })),
    photos: photoRows.map((p) => ({ id: p.id, url: fileUrl(p.id) })),
    decisions,
  };
}

export type MyBatch = Awaited<ReturnType<typeof getMyBatch>>;
