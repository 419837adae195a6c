import { asc, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, members, payoutEntries, producerGroups, products, shipments, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { entryColumns } from "./entry-columns";
import { ledgerConditions } from "./ledger-conditions";
import type { LedgerFilters } from "./schemas";

export const EXPORT_LIMIT = 100_000;

/** Every entry of the filtered producers, by producer and then in entry order, with each producer's running balance. */
export async function ledgerRows(ctx: Ctx, filters: LedgerFilters) {
  const { conditions, association } = await ledgerConditions(ctx, filters);
  const rows = await (await db())
    .select({
      memberNumber: members.memberNumber,
      fullName: members.fullName,
      village: nameColumns(villages),
      groupName: producerGroups.name,
      ...entryColumns(),
      balanceMinor: sql<number>`sum(${payoutEntries.amountMinor}) over (partition by ${payoutEntries.memberId} order by ${payoutEntries.id})`.mapWith(Number),
      currency: payoutEntries.currency,
    })
    .from(payoutEntries)
    .innerJoin(members, tenantJoin(members, payoutEntries, payoutEntries.memberId))
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .leftJoin(producerGroups, tenantJoin(producerGroups, members, members.groupId))
    .leftJoin(shipments, tenantJoin(shipments, payoutEntries, payoutEntries.shipmentId))
    .leftJoin(batches, tenantJoin(batches, payoutEntries, payoutEntries.batchId))
    .leftJoin(products, tenantJoin(products, batches, batches.productId))
    .where(scoped(ctx, payoutEntries, ...conditions))
    .orderBy(asc(members.fullName), asc(members.id), asc(payoutEntries.id))
    .limit(EXPORT_LIMIT);
  const items = rows.map(({ village, product, ...r }) => ({ ...r, villageName: localName(village, ctx.locale), productName: product ? localName(product, ctx.locale) : null }));
  return { items, timeZone: association.timezone, currency: association.currency };
}

export type LedgerRow = Awaited<ReturnType<typeof ledgerRows>>["items"][number];
