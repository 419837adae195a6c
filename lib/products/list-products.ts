import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { localName } from "@/lib/i18n/locales";
import { scoped } from "@/lib/tenancy/scope";

/** Products a batch can be logged for: active products of active lines. */
export async function listActiveProducts(ctx: Ctx) {
  const rows = await (await db())
    .select({
      id: products.id,
      sku: products.sku,
      product: { nameEn: products.nameEn, nameRu: products.nameRu, nameKy: products.nameKy },
      line: { nameEn: productLines.nameEn, nameRu: productLines.nameRu, nameKy: productLines.nameKy },
    })
    .from(products)
    .innerJoin(productLines, and(eq(productLines.associationId, products.associationId), eq(productLines.id, products.lineId)))
    .where(scoped(ctx, products, eq(products.status, "active"), eq(productLines.status, "active")))
    .orderBy(asc(productLines.code), asc(products.sku));
  return rows.map((r) => ({ id: r.id, sku: r.sku, name: localName(r.product, ctx.locale), lineName: localName(r.line, ctx.locale) }));
}
