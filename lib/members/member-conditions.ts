import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, members, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";
import { birthYearsFor, type MemberFilters } from "./filters";
import { searchTerms } from "./search-key";

const likeEscape = (term: string) => term.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The WHERE conditions of a member filter on the members table alone, beyond the tenant scope
 * (places become sub-selects, so counting needs no joins). Each search word must appear in the
 * search key.
 */
export async function memberConditions(ctx: Ctx, filters: MemberFilters, context: { year: number; youth: { min: number; max: number } }): Promise<SQL[]> {
  const database = await db();
  const conditions: SQL[] = [];
  for (const term of searchTerms(filters.q ?? "")) conditions.push(sql`${members.searchKey} like ${`%${likeEscape(term)}%`}`);
  if (filters.region) {
    const inRegion = database.select({ id: districts.id }).from(districts).where(scoped(ctx, districts, eq(districts.regionId, filters.region)));
    conditions.push(inArray(members.villageId, database.select({ id: villages.id }).from(villages).where(scoped(ctx, villages, inArray(villages.districtId, inRegion)))));
  }
  if (filters.district) {
    conditions.push(inArray(members.villageId, database.select({ id: villages.id }).from(villages).where(scoped(ctx, villages, eq(villages.districtId, filters.district)))));
  }
  if (filters.village) conditions.push(eq(members.villageId, filters.village));
  if (filters.group) conditions.push(eq(members.groupId, filters.group));
  if (filters.status) conditions.push(eq(members.status, filters.status));
  if (filters.gender) conditions.push(eq(members.gender, filters.gender));
  if (filters.skill) conditions.push(sql`${members.skills} @> array[${filters.skill}]::text[]`);
  if (filters.age) {
    const years = birthYearsFor(filters.age, context.year, context.youth);
    conditions.push(sql`${members.birthYear} between ${years.from} and ${years.to}`);
  }
  return conditions;
}
