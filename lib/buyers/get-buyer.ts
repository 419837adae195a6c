import { and, asc, eq, isNotNull, or } from "drizzle-orm";
import { db } from "@/db/client";
import { buyerArticles, buyers, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped } from "@/lib/tenancy/scope";
import { countryName } from "@/lib/validation/iso-codes";
import { isUuid } from "@/lib/validation/uuid";

/**
 * A buyer with the article numbers they use: one row per active product (and per retired
 * product that still has a number), the number empty where none is set.
 */
export async function getBuyer(ctx: Ctx, buyerId: string) {
  authorize(ctx, "buyer.manage");
  if (!isUuid(buyerId)) throw new NotFoundError();
  const database = await db();
  const [buyer] = await database.select().from(buyers).where(scoped(ctx, buyers, eq(buyers.id, buyerId)));
  if (!buyer) throw new NotFoundError();
  const rows = await database
    .select({ productId: products.id, sku: products.sku, name: nameColumns(products), articleNumber: buyerArticles.articleNumber })
    .from(products)
    .leftJoin(
      buyerArticles,
      and(eq(buyerArticles.associationId, products.associationId), eq(buyerArticles.productId, products.id), eq(buyerArticles.buyerId, buyerId)),
    )
    .where(scoped(ctx, products, or(eq(products.status, "active"), isNotNull(buyerArticles.articleNumber))))
    .orderBy(asc(products.sku));
  return {
    ...buyer,
    countryName: countryName(buyer.countryCode, ctx.locale),
    articles: rows.map((r) => ({ productId: r.productId, sku: r.sku, productName: localName(r.name, ctx.locale), articleNumber: r.articleNumber ?? "" })),
  };
}

export type BuyerDetails = Awaited<ReturnType<typeof getBuyer>>;
