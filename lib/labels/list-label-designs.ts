import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { labelDesigns, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { decodeCursor, PAGE_SIZE, toPage } from "@/lib/pagination/cursor";
import { keysetBefore } from "@/lib/pagination/keyset";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { labelFiltersSchema, type LabelFilters } from "./schemas";

/** The association's label designs matching the filters, a page at a time, most recently changed first. */
export async function listLabelDesigns(ctx: Ctx, input: LabelFilters = {}) {
  authorize(ctx, "label.read");
  const filters = labelFiltersSchema.parse(input);
  const rows = await (await db())
    .select({
      id: labelDesigns.id,
      productId: labelDesigns.productId,
      sku: products.sku,
      product: nameColumns(products),
      market: labelDesigns.market,
      kind: labelDesigns.kind,
      status: labelDesigns.status,
      version: labelDesigns.version,
      revisionOf: labelDesigns.revisionOf,
      updatedAt: labelDesigns.updatedAt,
      approvedAt: labelDesigns.approvedAt,
    })
    .from(labelDesigns)
    .innerJoin(products, tenantJoin(products, labelDesigns, labelDesigns.productId))
    .where(
      scoped(
        ctx,
        labelDesigns,
        filters.status ? eq(labelDesigns.status, filters.status) : undefined,
        filters.market ? eq(labelDesigns.market, filters.market) : undefined,
        filters.productId ? eq(labelDesigns.productId, filters.productId) : undefined,
        keysetBefore(labelDesigns.updatedAt, labelDesigns.id, decodeCursor(filters.cursor)),
      ),
    )
    .orderBy(desc(labelDesigns.updatedAt), desc(labelDesigns.id))
    .limit(PAGE_SIZE + 1);
  const page = toPage(rows, (r) => ({ at: r.updatedAt.toISOString(), id: r.id }));
  return { ...page, items: page.items.map(({ product, ...r }) => ({ ...r, productName: localName(product, ctx.locale) })) };
}

export type LabelListItem = Awaited<ReturnType<typeof listLabelDesigns>>["items"][number];
