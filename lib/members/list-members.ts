import { count, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { members, producerGroups, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { decodeKeyCursor, encodeKeyCursor } from "@/lib/pagination/key-cursor";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { getAssociation } from "@/lib/tenancy/get-association";
import { memberFiltersSchema, type MemberFilters } from "./filters";
import { memberConditions } from "./member-conditions";

const SORTS = {
  name: { column: members.fullName, cast: "text", descending: false },
  number: { column: members.memberNumber, cast: "text", descending: false },
  joined: { column: members.joinedOn, cast: "date", descending: true },
} as const;

/** The members matching the filters, a page at a time, with the total count. */
export async function listMembers(ctx: Ctx, input: MemberFilters & { cursor?: string }) {
  authorize(ctx, "member.read");
  const filters = memberFiltersSchema.parse(input);
  const sort = SORTS[filters.sort ?? "name"];
  const association = await getAssociation(ctx);
  const where = await memberConditions(ctx, filters, { year: new Date().getUTCFullYear(), youth: { min: association.youthMinAge, max: association.youthMaxAge } });
  const cursor = decodeKeyCursor(input.cursor);
  const keyset = cursor
    ? sql`(${sort.column}, ${members.id}) ${sql.raw(sort.descending ? "<" : ">")} (${cursor.key}::${sql.raw(sort.cast)}, ${cursor.id}::uuid)`
    : undefined;
  const direction = sql.raw(sort.descending ? "desc" : "asc");
  const database = await db();
  const [rows, [total]] = await Promise.all([
    database
      .select({
        id: members.id,
        memberNumber: members.memberNumber,
        fullName: members.fullName,
        gender: members.gender,
        birthYear: members.birthYear,
        status: members.status,
        joinedOn: members.joinedOn,
        sortKey: sql<string>`${sort.column}::text`,
        village: nameColumns(villages),
        groupName: producerGroups.name,
      })
      .from(members)
      .innerJoin(villages, tenantJoin(villages, members, members.villageId))
      .leftJoin(producerGroups, tenantJoin(producerGroups, members, members.groupId))
      .where(scoped(ctx, members, ...where, keyset))
      .orderBy(sql`${sort.column} ${direction}`, sql`${members.id} ${direction}`)
      .limit(PAGE_SIZE + 1),
    database.select({ n: count() }).from(members).where(scoped(ctx, members, ...where)),
  ]);
  const items = rows.slice(0, PAGE_SIZE).map((r) => ({
    id: r.id,
    memberNumber: r.memberNumber,
    fullName: r.fullName,
    gender: r.gender,
    birthYear: r.birthYear,
    status: r.status,
    joinedOn: r.joinedOn,
    groupName: r.groupName,
    villageName: localName(r.village, ctx.locale),
  }));
  const last = rows[PAGE_SIZE - 1];
  return {
    items,
    total: total?.n ?? 0,
    nextCursor: rows.length > PAGE_SIZE && last ? encodeKeyCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

export type MemberListItem = Awaited<ReturnType<typeof listMembers>>["items"][number];
