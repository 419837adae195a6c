import { eq, type SQL } from "drizzle-orm";
import { members } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { memberConditions } from "@/lib/members/member-conditions";
import { getAssociation } from "@/lib/tenancy/get-association";
import type { LedgerFilters } from "./schemas";

type Association = Awaited<ReturnType<typeof getAssociation>>;

/** The member-side conditions of a ledger filter (search, places, group, one member), reusing the member list's. */
export async function ledgerConditions(ctx: Ctx, filters: LedgerFilters): Promise<{ conditions: SQL[]; association: Association }> {
  const association = await getAssociation(ctx);
  const { q, region, district, village, group } = filters;
  const conditions = await memberConditions(ctx, { q, region, district, village, group }, {
    year: new Date().getUTCFullYear(),
    youth: { min: association.youthMinAge, max: association.youthMaxAge },
  });
  if (filters.member) conditions.push(eq(members.id, filters.member));
  return { conditions, association };
}
