import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";

/** Products a batch can be logged for: active products of active lines. */
export async function listActiveProducts(ctx: Ctx) {
  const rows = await (await db())
    .select({
      id: products.id,
      sku: products.sku,
      lineId: products.lineId,
      unit: productLines.unit,
      product: nameColumns(products),
      line: nameColumns(productLines),
    })
    .from(products)
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .where(scoped(ctx, products, eq(products.status, "active"), eq(productLines.status, "active")))
    .orderBy(asc(productLines.code), asc(products.sku));
  return rows.map((r) => ({ id: r.id, sku: r.sku, lineId: r.lineId, unit: r.unit, name: localName(r.product, ctx.locale), lineName: localName(r.line, ctx.locale) }));
}
