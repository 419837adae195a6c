import { avg, count, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, products, traceFeedback } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { decodeCursor, PAGE_SIZE, toPage } from "@/lib/pagination/cursor";
import { keysetBefore } from "@/lib/pagination/keyset";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

async function assertBatchVisible(ctx: Ctx, batchId: string): Promise<void> {
  const [batch] = isUuid(batchId)
    ? await (await db()).select({ id: batches.id }).from(batches).where(scoped(ctx, batches, eq(batches.id, batchId)))
    : [];
  if (!batch) throw new NotFoundError();
}

/** Visitors' feedback from the association's public lot pages, newest first, a page at a time; one lot's with `batchId`. */
export async function listFeedback(ctx: Ctx, input: { cursor?: string; batchId?: string } = {}) {
  authorize(ctx, "feedback.read");
  if (input.batchId !== undefined) await assertBatchVisible(ctx, input.batchId);
  const rows = await (await db())
    .select({
      id: traceFeedback.id,
      rating: traceFeedback.rating,
      comment: traceFeedback.comment,
      locale: traceFeedback.locale,
      createdAt: traceFeedback.createdAt,
      batchId: batches.id,
      lotCode: batches.lotCode,
      product: nameColumns(products),
    })
    .from(traceFeedback)
    .innerJoin(batches, tenantJoin(batches, traceFeedback, traceFeedback.batchId))
    .innerJoin(products, tenantJoin(products, batches, batches.productId))
    .where(
      scoped(
        ctx,
        traceFeedback,
        input.batchId !== undefined ? eq(traceFeedback.batchId, input.batchId) : undefined,
        keysetBefore(traceFeedback.createdAt, traceFeedback.id, decodeCursor(input.cursor)),
      ),
    )
    .orderBy(desc(traceFeedback.createdAt), desc(traceFeedback.id))
    .limit(PAGE_SIZE + 1);
  const page = toPage(rows, (r) => ({ at: r.createdAt.toISOString(), id: r.id }));
  return { ...page, items: page.items.map(({ product, ...r }) => ({ ...r, productName: localName(product, ctx.locale) })) };
}

export type FeedbackItem = Awaited<ReturnType<typeof listFeedback>>["items"][number];

/** How many visitors rated the lot and their average rating (null when none did). */
export async function feedbackSummary(ctx: Ctx, batchId: string): Promise<{ count: number; average: number | null }> {
  authorize(ctx, "feedback.read");
  await assertBatchVisible(ctx, batchId);
  const [row] = await (await db())
    .select({ count: count(), average: avg(traceFeedback.rating) })
    .from(traceFeedback)
    .where(scoped(ctx, traceFeedback, eq(traceFeedback.batchId, batchId)));
  return { count: row?.count ?? 0, average: row?.average === null || row?.average === undefined ? null : Number(row.average) };
}
