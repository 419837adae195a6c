import { asc } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, members, producerGroups, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { getAssociation } from "@/lib/tenancy/get-association";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { memberFiltersSchema, type MemberFilters } from "./filters";
import { memberConditions } from "./member-conditions";

export const EXPORT_LIMIT = 100_000;

/** Every member matching the filters, in name order, with the columns a spreadsheet needs. */
export async function exportMembers(ctx: Ctx, input: MemberFilters) {
  authorize(ctx, "member.export");
  const filters = memberFiltersSchema.parse(input);
  const association = await getAssociation(ctx);
  const where = await memberConditions(ctx, filters, { year: new Date().getUTCFullYear(), youth: { min: association.youthMinAge, max: association.youthMaxAge } });
  const rows = await (await db())
    .select({
      memberNumber: members.memberNumber,
      fullName: members.fullName,
      fullNameLatin: members.fullNameLatin,
      gender: members.gender,
      birthYear: members.birthYear,
      phone: members.phone,
      village: nameColumns(villages),
      district: nameColumns(districts),
      groupName: producerGroups.name,
      joinedOn: members.joinedOn,
      status: members.status,
      skills: members.skills,
    })
    .from(members)
    .innerJoin(villages, tenantJoin(villages, members, members.villageId))
    .innerJoin(districts, tenantJoin(districts, villages, villages.districtId))
    .leftJoin(producerGroups, tenantJoin(producerGroups, members, members.groupId))
    .where(scoped(ctx, members, ...where))
    .orderBy(asc(members.fullName), asc(members.id))
    .limit(EXPORT_LIMIT);
  return rows.map(({ village, district, ...r }) => ({ ...r, villageName: localName(village, ctx.locale), districtName: localName(district, ctx.locale) }));
}

export type ExportedMember = Awaited<ReturnType<typeof exportMembers>>[number];
