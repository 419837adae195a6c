import { count, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { members, payoutEntries, producerGroups, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/locales";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { decodeKeyCursor, encodeKeyCursor } from "@/lib/pagination/key-cursor";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { ledgerConditions } from "./ledger-conditions";
import { ledgerSums } from "./ledger-sums";
import { ledgerFiltersSchema, type BalanceGrouping, type LedgerFilters } from "./schemas";

const NO_GROUP = "00000000-0000-0000-0000-000000000000";

/** What a balance row stands for: its id and name (the sort key), and what else it is grouped by. */
function dimension(groupBy: BalanceGrouping, locale: Locale): { id: SQL; name: SQL; detail: SQL; groupBy: SQL[] } {
  if (groupBy === "village") {
    const name = locale === "ky" ? villages.nameKy : locale === "ru" ? villages.nameRu : villages.nameEn;
    return { id: sql`${members.villageId}`, name: sql`${name}`, detail: sql`null::text`, groupBy: [sql`${members.villageId}`, sql`${name}`] };
  }
  if (groupBy === "group") {
    // A literal, not a parameter: GROUP BY must see the same expression as the select list.
    const id = sql`coalesce(${members.groupId}, ${sql.raw(`'${NO_GROUP}'::uuid`)})`;
    const name = sql`coalesce(${producerGroups.name}, '')`;
    return { id, name, detail: sql`null::text`, groupBy: [id, name] };
  }
  return { id: sql`${members.id}`, name: sql`${members.fullName}`, detail: sql`${members.memberNumber}`, groupBy: [sql`${members.id}`, sql`${members.fullName}`, sql`${members.memberNumber}`] };
}

/**
 * Owed, paid, adjusted and balance per producer, village or producer group, a page at a time,
 * with totals over every row of the filter. Totals are summed from the rows, and each row from
 * its entries, so they always equal the sum of the entries. `due` keeps rows with a balance to pay.
 */
export async function balances(ctx: Ctx, input: { groupBy: BalanceGrouping; filters?: LedgerFilters; cursor?: string }) {
  authorize(ctx, "payout.read");
  const filters = ledgerFiltersSchema.parse(input.filters ?? {});
  const dim = dimension(input.groupBy, ctx.locale);
  const { conditions, association } = await ledgerConditions(ctx, filters);
  const cursor = decodeKeyCursor(input.cursor);
  const keyset = cursor ? sql`(${dim.name}, ${dim.id}) > (${cursor.key}, ${cursor.id}::uuid)` : undefined;
  const database = await db();
  const grouped = (after?: SQL) =>
    database
      .select({ id: sql<string>`${dim.id}::text`.as("key_id"), name: sql<string>`${dim.name}`.as("key_name"), memberNumber: sql<string | null>`${dim.detail}`.as("detail"), ...ledgerSums() })
      .from(payoutEntries)
      .innerJoin(members, tenantJoin(members, payoutEntries, payoutEntries.memberId))
      .innerJoin(villages, tenantJoin(villages, members, members.villageId))
      .leftJoin(producerGroups, tenantJoin(producerGroups, members, members.groupId))
      .where(scoped(ctx, payoutEntries, ...conditions, after))
      .groupBy(...dim.groupBy)
      .having(filters.due ? sql`sum(${payoutEntries.amountMinor}) > 0` : undefined);
  const all = grouped().as("rows");
  const total = (column: SQL.Aliased<number>) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);
  const [rows, [totals]] = await Promise.all([
    grouped(keyset).orderBy(dim.name, dim.id).limit(PAGE_SIZE + 1),
    database
      .select({ rows: count(), owedMinor: total(all.owedMinor), paidMinor: total(all.paidMinor), adjustedMinor: total(all.adjustedMinor), balanceMinor: total(all.balanceMinor) })
      .from(all),
  ]);
  const items = rows.slice(0, PAGE_SIZE).map((r) => ({ ...r, id: r.id === NO_GROUP ? null : r.id }));
  const last = rows[PAGE_SIZE - 1];
  return {
    groupBy: input.groupBy,
    currency: association.currency,
    items,
    totals: totals!,
    nextCursor: rows.length > PAGE_SIZE && last ? encodeKeyCursor({ key: last.name, id: last.id }) : null,
  };
}

export type BalanceRow = Awaited<ReturnType<typeof balances>>["items"][number];
export type BalanceTotals = Awaited<ReturnType<typeof balances>>["totals"];
