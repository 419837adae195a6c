import { count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import type { Db } from "@/db/connect";
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

/**
 * What a balance row stands for: its id and name (the sort key), and what else it is grouped by.
 * A producer's row takes their sums as they are (no GROUP BY); a village's or group's adds up its members'.
 */
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
  return { id: sql`${members.id}`, name: sql`${members.fullName}`, detail: sql`${members.memberNumber}`, groupBy: [] };
}

/**
 * Each member's sums over their entries, for the members the filter keeps: the one pass over the
 * ledger, before any join, so the joins and the grouping by dimension see a row per member.
 */
function memberSums(database: Db, ctx: Ctx, conditions: SQL[]) {
  const kept = conditions.length > 0 ? database.select({ id: members.id }).from(members).where(scoped(ctx, members, ...conditions)) : undefined;
  return database
    .select({ memberId: payoutEntries.memberId, ...ledgerSums() })
    .from(payoutEntries)
    .where(scoped(ctx, payoutEntries, kept && inArray(payoutEntries.memberId, kept)))
    .groupBy(payoutEntries.memberId)
    .as("member_sums");
}

type Sums = { owedMinor: SQL.Aliased<number>; paidMinor: SQL.Aliased<number>; adjustedMinor: SQL.Aliased<number>; balanceMinor: SQL.Aliased<number> };

/** Sums of sums, under the names `prefix` gives them. */
function summed(of: Sums, prefix: string) {
  const total = (column: SQL.Aliased<number>, name: string) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number).as(`${prefix}${name}`);
  return { owedMinor: total(of.owedMinor, "owed_minor"), paidMinor: total(of.paidMinor, "paid_minor"), adjustedMinor: total(of.adjustedMinor, "adjusted_minor"), balanceMinor: total(of.balanceMinor, "balance_minor") };
}

/** The rows of the whole filter, as a CTE for the page and the totals to read. */
function balanceRows(database: Db, ctx: Ctx, dim: ReturnType<typeof dimension>, conditions: SQL[], due: boolean) {
  const sums = memberSums(database, ctx, conditions);
  const regrouped = dim.groupBy.length > 0;
  const perMember = { owedMinor: sums.owedMinor, paidMinor: sums.paidMinor, adjustedMinor: sums.adjustedMinor, balanceMinor: sums.balanceMinor };
  const owing = due ? sql`${regrouped ? sql`sum(${sums.balanceMinor})` : sums.balanceMinor} > 0` : undefined;
  return database.$with("balance_rows").as(
    database
      .select({ id: sql<string>`${dim.id}`.as("key_id"), name: sql<string>`${dim.name}`.as("key_name"), memberNumber: sql<string | null>`${dim.detail}`.as("detail"), ...(regrouped ? summed(sums, "") : perMember) })
      .from(sums)
      // The filter again on the join, so the planner reads only the members it keeps.
      .innerJoin(members, scoped(ctx, members, eq(members.id, sums.memberId), ...conditions))
      .innerJoin(villages, tenantJoin(villages, members, members.villageId))
      .leftJoin(producerGroups, tenantJoin(producerGroups, members, members.groupId))
      .where(regrouped ? undefined : owing)
      .groupBy(...dim.groupBy)
      .having(regrouped ? owing : undefined),
  );
}

/**
 * Owed, paid, adjusted and balance per producer, village or producer group, a page at a time,
 * with totals over every row of the filter. Totals are summed from the rows, and each row from
 * its entries, so they always equal the sum of the entries. `due` keeps rows with a balance to pay.
 * One statement: the ledger is summed once, and both the page and the totals read those rows.
 */
export async function balances(ctx: Ctx, input: { groupBy: BalanceGrouping; filters?: LedgerFilters; cursor?: string }) {
  authorize(ctx, "payout.read");
  const filters = ledgerFiltersSchema.parse(input.filters ?? {});
  const { conditions, association } = await ledgerConditions(ctx, filters);
  const cursor = decodeKeyCursor(input.cursor);
  const database = await db();
  const rowsCte = balanceRows(database, ctx, dimension(input.groupBy, ctx.locale), conditions, Boolean(filters.due));
  const totals = database
    .select({ rows: count().as("total_rows"), ...summed(rowsCte, "total_") })
    .from(rowsCte)
    .as("totals");
  const keyset = cursor ? sql`(${rowsCte.name}, ${rowsCte.id}) > (${cursor.key}, ${cursor.id}::uuid)` : undefined;
  const page = database.select().from(rowsCte).where(keyset).orderBy(rowsCte.name, rowsCte.id).limit(PAGE_SIZE + 1).as("page");
  // Totals left-joined to the page: one row even when the page is empty.
  const result = await database
    .with(rowsCte)
    .select({
      totals: { rows: totals.rows, owedMinor: totals.owedMinor, paidMinor: totals.paidMinor, adjustedMinor: totals.adjustedMinor, balanceMinor: totals.balanceMinor },
      row: {
        id: sql<string | null>`${page.id}::text`.as("id"),
        name: page.name,
        memberNumber: page.memberNumber,
        owedMinor: page.owedMinor,
        paidMinor: page.paidMinor,
        adjustedMinor: page.adjustedMinor,
        balanceMinor: page.balanceMinor,
      },
    })
    .from(totals)
    .leftJoinLateral(page, sql`true`)
    .orderBy(page.name, page.id);
  const rows = result.flatMap(({ row }) => (row.id === null ? [] : [{ ...row, id: row.id }]));
  const last = rows[PAGE_SIZE - 1];
  return {
    groupBy: input.groupBy,
    currency: association.currency,
    items: rows.slice(0, PAGE_SIZE).map((r) => ({ ...r, id: r.id === NO_GROUP ? null : r.id })),
    totals: result[0]!.totals,
    nextCursor: rows.length > PAGE_SIZE && last ? encodeKeyCursor({ key: last.name, id: last.id }) : null,
  };
}

export type BalanceRow = Awaited<ReturnType<typeof balances>>["items"][number];
export type BalanceTotals = Awaited<ReturnType<typeof balances>>["totals"];
