import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, members, products, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { decodeCursor, PAGE_SIZE, toPage } from "@/lib/pagination/cursor";
import { keysetAfter } from "@/lib/pagination/keyset";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";

/** Submitted batches waiting for a decision, longest-waiting first. */
export async function listInspectionQueue(ctx: Ctx, input: { cursor?: string }) {
  authorize(ctx, "inspection.queue");
  const after = keysetAfter(batches.submittedAt, batches.id, decodeCursor(input.cursor));
  const rows = await (await db())
    .select({
      id: batches.id,
      lotCode: batches.lotCode,
      quantity: batches.quantity,
      submittedAt: batches.submittedAt,
      producerName: members.fullName,
      product: nameColumns(products),
      village: nameColumns(villages),
    })
    .from(batches)
    .innerJoin(products, tenantJoin(products, batches, batches.productId))
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .where(scoped(ctx, batches, eq(batches.status, "submitted"), after))
    .orderBy(asc(batches.submittedAt), asc(batches.id))
    .limit(PAGE_SIZE + 1);
  const page = toPage(rows, (r) => ({ at: (r.submittedAt ?? new Date(0)).toISOString(), id: r.id }));
  return {
    ...page,
    items: page.items.map(({ product, village, ...r }) => ({
      ...r,
      productName: localName(product, ctx.locale),
      villageName: localName(village, ctx.locale),
    })),
  };
}
