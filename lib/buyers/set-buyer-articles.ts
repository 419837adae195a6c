import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { buyerArticles, buyers, products } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { setBuyerArticlesSchema, type SetBuyerArticlesInput } from "./schemas";

/**
 * Sets the buyer's article numbers for the products given: a number is saved, an empty one
 * removed; products not listed keep theirs. One audit event lists what changed.
 */
export async function setBuyerArticles(ctx: Ctx, input: SetBuyerArticlesInput): Promise<{ changed: number }> {
  authorize(ctx, "buyer.manage");
  const { buyerId, articles } = setBuyerArticlesSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const [buyer] = await tx.select({ id: buyers.id }).from(buyers).where(scoped(ctx, buyers, eq(buyers.id, buyerId))).for("update");
    if (!buyer) throw new NotFoundError();
    const productIds = articles.map((a) => a.productId);
    if (productIds.length === 0) return { changed: 0 };
    const known = await tx.select({ id: products.id }).from(products).where(scoped(ctx, products, inArray(products.id, productIds)));
    if (known.length !== productIds.length) throw new NotFoundError();
    const current = await tx
      .select({ productId: buyerArticles.productId, articleNumber: buyerArticles.articleNumber })
      .from(buyerArticles)
      .where(scoped(ctx, buyerArticles, eq(buyerArticles.buyerId, buyerId), inArray(buyerArticles.productId, productIds)));
    const before = new Map(current.map((c) => [c.productId, c.articleNumber]));
    const changed = articles.filter((a) => (before.get(a.productId) ?? "") !== a.articleNumber);
    if (changed.length === 0) return { changed: 0 };
    const removed = changed.filter((a) => !a.articleNumber).map((a) => a.productId);
    if (removed.length) {
      await tx.delete(buyerArticles).where(scoped(ctx, buyerArticles, and(eq(buyerArticles.buyerId, buyerId), inArray(buyerArticles.productId, removed))));
    }
    const saved = changed.filter((a) => a.articleNumber);
    if (saved.length) {
      await tx
        .insert(buyerArticles)
        .values(saved.map((a) => ({ associationId: ctx.associationId, buyerId, ...a })))
        .onConflictDoUpdate({
          target: [buyerArticles.associationId, buyerArticles.buyerId, buyerArticles.productId],
          set: { articleNumber: sql`excluded.article_number` },
        });
    }
    await recordAudit(tx, ctx, {
      action: "buyer.articlesChanged",
      entityType: "buyer",
      entityId: buyerId,
      before: Object.fromEntries(changed.map((a) => [a.productId, before.get(a.productId) ?? null])),
      after: Object.fromEntries(changed.map((a) => [a.productId, a.articleNumber || null])),
    });
    return { changed: changed.length };
  });
}
