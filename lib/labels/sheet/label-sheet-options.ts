import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, labelDesigns, members, productLines, products, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { printableBatch } from "./printable-batch";

// Newest first; a sheet is printed for lots just accepted, not for last year's.
const MAX_LISTED_LOTS = 200;

/** What the sheet form offers: the design, and its product's lots that have accepted pieces. */
export async function getLabelSheetOptions(ctx: Ctx, designId: string) {
  authorize(ctx, "label.print");
  if (!isUuid(designId)) throw new NotFoundError();
  const database = await db();
  const [design] = await database
    .select({ id: labelDesigns.id, kind: labelDesigns.kind, market: labelDesigns.market, status: labelDesigns.status, productId: products.id, sku: products.sku, unit: productLines.unit, product: nameColumns(products) })
    .from(labelDesigns)
    .innerJoin(products, tenantJoin(products, labelDesigns, labelDesigns.productId))
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .where(scoped(ctx, labelDesigns, eq(labelDesigns.id, designId)));
  if (!design) throw new NotFoundError();
  const lots = await database
    .select({ id: batches.id, lotCode: batches.lotCode, acceptedQuantity: batches.acceptedQuantity, village: nameColumns(villages) })
    .from(batches)
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .where(scoped(ctx, batches, eq(batches.productId, design.productId), printableBatch()))
    .orderBy(desc(batches.createdAt), desc(batches.id))
    .limit(MAX_LISTED_LOTS);
  const { product, ...rest } = design;
  return {
    design: { ...rest, productName: localName(product, ctx.locale) },
    lots: lots.map(({ village, acceptedQuantity, ...lot }) => ({ ...lot, acceptedQuantity: acceptedQuantity ?? 0, villageName: localName(village, ctx.locale) })),
  };
}

export type LabelSheetOptions = Awaited<ReturnType<typeof getLabelSheetOptions>>;
