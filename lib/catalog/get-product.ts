import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { productPhotoIds } from "./product-photos";

/** A product with its line's code, name and status, and its photos in order. */
export async function getProduct(ctx: Ctx, productId: string) {
  authorize(ctx, "catalog.manage");
  if (!isUuid(productId)) throw new NotFoundError();
  const database = await db();
  const [row] = await database
    .select({ product: products, line: { code: productLines.code, status: productLines.status, ...nameColumns(productLines) } })
    .from(products)
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .where(scoped(ctx, products, eq(products.id, productId)));
  if (!row) throw new NotFoundError();
  return {
    ...row.product,
    name: localName(row.product, ctx.locale),
    line: { id: row.product.lineId, code: row.line.code, status: row.line.status, name: localName(row.line, ctx.locale) },
    photoIds: await productPhotoIds(database, ctx, productId),
  };
}

export type ProductDetails = Awaited<ReturnType<typeof getProduct>>;
