import { and } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, members, productLines, products, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { decodeCursor, PAGE_SIZE, toPage } from "@/lib/pagination/cursor";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { batchConditions } from "./batch-conditions";
import { batchFiltersSchema, type BatchFilters } from "./filters";
import { lineBatches } from "./line-batches";
import { batchListOrder } from "./list-order";

/**
 * Submitted batches of the association matching the filters, a page at a time, newest first:
 * by when they were logged, or by the date a period filter compares.
 */
export async function listBatches(ctx: Ctx, input: BatchFilters & { cursor?: string }) {
  authorize(ctx, "batch.list");
  const filters = batchFiltersSchema.parse(input);
  const order = batchListOrder(filters);
  const conditions = [...(await batchConditions(ctx, filters)), order.after(decodeCursor(input.cursor))];
  const matching = filters.line ? await lineBatches(ctx, filters.line, order, conditions) : and(...conditions);
  const rows = await (await db())
    .select({
      id: batches.id,
      lotCode: batches.lotCode,
      status: batches.status,
      quantity: batches.quantity,
      unit: productLines.unit,
      producedTo: batches.producedTo,
      submittedAt: batches.submittedAt,
      createdAt: batches.createdAt,
      product: nameColumns(products),
      producerName: members.fullName,
      village: nameColumns(villages),
    })
    .from(batches)
    .innerJoin(products, tenantJoin(products, batches, batches.productId))
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .where(scoped(ctx, batches, matching))
    .orderBy(...order.orderBy)
    .limit(PAGE_SIZE + 1);
  const page = toPage(rows, order.cursorOf);
  return {
    ...page,
    items: page.items.map(({ product, village, ...r }) => ({
      ...r,
      productName: localName(product, ctx.locale),
      villageName: localName(village, ctx.locale),
    })),
  };
}

export type BatchListItem = Awaited<ReturnType<typeof listBatches>>["items"][number];
