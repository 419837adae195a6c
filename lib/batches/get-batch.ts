import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, members, products, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { batchDecisions } from "./batch-decisions";

/** One batch with its product, producer and decisions. Producers reach only their own. */
export async function getBatch(ctx: Ctx, batchId: string) {
  authorize(ctx, "batch.read");
  if (!isUuid(batchId)) throw new NotFoundError();
  if (ctx.role === "producer" && !ctx.memberId) throw new NotFoundError();
  const ownOnly = ctx.role === "producer" && ctx.memberId ? eq(batches.memberId, ctx.memberId) : undefined;
  const database = await db();
  const [row] = await database
    .select({
      batch: batches,
      product: { nameEn: products.nameEn, nameRu: products.nameRu, nameKy: products.nameKy, sku: products.sku },
      member: { fullName: members.fullName, memberNumber: members.memberNumber },
      village: nameColumns(villages),
    })
    .from(batches)
    .innerJoin(products, tenantJoin(products, batches, batches.productId))
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .where(scoped(ctx, batches, eq(batches.id, batchId), ownOnly));
  if (!row) throw new NotFoundError();
  const decisions = await batchDecisions(database, ctx, batchId);
  return {
    ...row.batch,
    productName: localName(row.product, ctx.locale),
    sku: row.product.sku,
    producerName: row.member.fullName,
    memberNumber: row.member.memberNumber,
    villageName: localName(row.village, ctx.locale),
    decisions,
  };
}

export type BatchDetails = Awaited<ReturnType<typeof getBatch>>;
