import type { Ctx } from "@/lib/auth/context";
import { listMembers } from "@/lib/members/list-members";
import { searchTerms } from "@/lib/members/search-key";
import type { Query } from "./database";
import { compare, type BenchResult } from "./stats";

// The same page query listMembers sends, written by hand: the floor the domain code is measured against.
const PAGE_SQL = `
  select m.id, m.member_number, m.full_name, m.gender, m.birth_year, m.status, m.joined_on, v.name_en, v.name_ru, v.name_ky, g.name
  from members m
  join villages v on v.association_id = m.association_id and v.id = m.village_id
  left join producer_groups g on g.association_id = m.association_id and g.id = m.group_id
  where m.association_id = $1 and %WHERE%
  order by m.full_name, m.id limit 21`;
const COUNT_SQL = `
  select count(*) from members m
  where m.association_id = $1 and %WHERE%`;

async function rawPage(raw: Query, associationId: string, where: string, params: unknown[]) {
  await Promise.all([raw(PAGE_SQL.replace("%WHERE%", where), [associationId, ...params]), raw(COUNT_SQL.replace("%WHERE%", where), [associationId, ...params])]);
}

/** Member search and filtered list pages over the association's members. */
export async function benchMembers(ctx: Ctx, raw: Query, villageId: string): Promise<BenchResult[]> {
  const queries = ["айгүл", "osmonova", "0770 001 234", "IK-0123", "жумабаева гүл"];
  let i = 0;
  let k = 0;
  const search = await compare(
    "members.search",
    () => listMembers(ctx, { q: queries[i++ % queries.length] }),
    () => {
      const terms = searchTerms(queries[k++ % queries.length]!);
      return rawPage(raw, ctx.associationId, terms.map((_, n) => `m.search_key like $${n + 2}`).join(" and "), terms.map((t) => `%${t}%`));
    },
  );
  const lists = [
    { filters: { status: "active" as const, gender: "female" as const }, where: "m.status = $2 and m.gender = $3", params: ["active", "female"] },
    { filters: { village: villageId }, where: "m.village_id = $2", params: [villageId] },
    { filters: { skill: "dyeing" as const, status: "active" as const }, where: "m.skills @> array[$2]::text[] and m.status = $3", params: ["dyeing", "active"] },
  ];
  let j = 0;
  let l = 0;
  const list = await compare(
    "members.list",
    () => listMembers(ctx, lists[j++ % lists.length]!.filters),
    () => {
      const { where, params } = lists[l++ % lists.length]!;
      return rawPage(raw, ctx.associationId, where, params);
    },
  );
  return [search, list];
}
