import { asc, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, inspections, members, products, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";

const OPEN_LIMIT = 200;

/**
 * Inspections under way or waiting for a second coordinator, oldest first, with what the caller
 * may do next: continue their own, or approve someone else's.
 */
export async function listOpenInspections(ctx: Ctx) {
  authorize(ctx, "inspection.queue");
  const rows = await (await db())
    .select({
      id: inspections.id,
      status: inspections.status,
      inspectorId: inspections.inspectorId,
      inspectorName: users.name,
      outcome: inspections.outcome,
      startedAt: inspections.startedAt,
      submittedAt: inspections.submittedAt,
      lotCode: batches.lotCode,
      quantity: batches.quantity,
      producerName: members.fullName,
      product: nameColumns(products),
    })
    .from(inspections)
    .innerJoin(batches, tenantJoin(batches, inspections, inspections.batchId))
    .innerJoin(products, tenantJoin(products, batches, batches.productId))
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .innerJoin(users, tenantJoin(users, inspections, inspections.inspectorId))
    .where(scoped(ctx, inspections, ne(inspections.status, "approved")))
    .orderBy(asc(inspections.startedAt), asc(inspections.id))
    .limit(OPEN_LIMIT);
  return rows.map(({ product, inspectorId, ...r }) => ({
    ...r,
    productName: localName(product, ctx.locale),
    mine: inspectorId === ctx.userId,
    canApprove: r.status === "awaiting_approval" && inspectorId !== ctx.userId,
  }));
}

export type OpenInspection = Awaited<ReturnType<typeof listOpenInspections>>[number];
