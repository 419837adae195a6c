import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { decodeCursor, PAGE_SIZE, toPage } from "@/lib/pagination/cursor";
import { keysetBefore } from "@/lib/pagination/keyset";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";

/** The producer's own batches, drafts included (their status says so), newest first. */
export async function listMyBatches(ctx: Ctx, input: { cursor?: string }) {
  authorize(ctx, "batch.listOwn");
  if (!ctx.memberId) throw new ForbiddenError();
  const after = keysetBefore(batches.createdAt, batches.id, decodeCursor(input.cursor));
  const rows = await (await db())
    .select({
      id: batches.id,
      lotCode: batches.lotCode,
      status: batches.status,
      quantity: batches.quantity,
      acceptedQuantity: batches.acceptedQuantity,
      createdAt: batches.createdAt,
      product: nameColumns(products),
      unit: productLines.unit,
    })
    .from(batches)
    .innerJoin(products, tenantJoin(products, batches, batches.productId))
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .where(scoped(ctx, batches, eq(batches.memberId, ctx.memberId), after))
    .orderBy(desc(batches.createdAt), desc(batches.id))
    .limit(PAGE_SIZE + 1);
  const page = toPage(rows, (r) => ({ at: r.createdAt.toISOString(), id: r.id }));
  return { ...page, items: page.items.map(({ product, ...r }) => ({ ...r, productName: localName(product, ctx.locale) })) };
}
