import { eq, sql, type SQL } from "drizzle-orm";
import { districts, members, villages } from "@/db/schema";
import { birthYearsFor, type MemberFilters } from "./filters";
import { searchTerms } from "./search-key";

const likeEscape = (term: string) => term.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The WHERE conditions of a member filter, beyond the tenant scope. Expects members joined
 * with their village and district. Each search word must appear in the search key.
 */
export function memberConditions(filters: MemberFilters, context: { year: number; youth: { min: number; max: number } }): SQL[] {
  const conditions: SQL[] = [];
  for (const term of searchTerms(filters.q ?? "")) conditions.push(sql`${members.searchKey} like ${`%${likeEscape(term)}%`}`);
  if (filters.region) conditions.push(eq(districts.regionId, filters.region));
  if (filters.district) conditions.push(eq(villages.districtId, filters.district));
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
