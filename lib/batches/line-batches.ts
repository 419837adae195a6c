import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { batches, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { scoped } from "@/lib/tenancy/scope";
import type { BatchListOrder } from "./list-order";

const lineProduct = alias(products, "line_product");

/**
 * The batches of a line that also meet `conditions` (the other filters and the cursor). In creation
 * order: the newest page of each of the line's products, read through the product index, and the
 * newest page of those, so a line with few batches is not searched for along every batch. The
 * period orders have no per-product index to read, so they keep walking their date index.
 */
export async function lineBatches(ctx: Ctx, lineId: string, order: BatchListOrder, conditions: (SQL | undefined)[]): Promise<SQL | undefined> {
  const database = await db();
  if (order.key !== "created") {
    const lineProducts = database.select({ id: products.id }).from(products).where(scoped(ctx, products, eq(products.lineId, lineId)));
    return and(inArray(batches.productId, lineProducts), ...conditions);
  }
  const newest = database
    .select({ id: batches.id, createdAt: batches.createdAt })
    .from(batches)
    .where(scoped(ctx, batches, eq(batches.productId, lineProduct.id), ...conditions))
    .orderBy(...order.orderBy)
    .limit(PAGE_SIZE + 1)
    .as("newest");
  const page = database
    .select({ id: newest.id })
    .from(lineProduct)
    .crossJoinLateral(newest)
    .where(scoped(ctx, lineProduct, eq(lineProduct.lineId, lineId)))
    .orderBy(desc(newest.createdAt), desc(newest.id))
    .limit(PAGE_SIZE + 1);
  return inArray(batches.id, page);
}
