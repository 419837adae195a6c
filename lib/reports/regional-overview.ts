import { asc, between, eq, lte, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, districts, members, regions, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { getAssociation } from "@/lib/tenancy/get-association";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { suppressSmall } from "./suppress";

const int = (expr: ReturnType<typeof sql>) => expr.mapWith(Number);

type Totals = { women: number; men: number; youth: number; batches: number; quantity: number; accepted: number; decided: number };

function present(t: Totals) {
  return {
    activeMembers: suppressSmall(t.women + t.men),
    women: suppressSmall(t.women),
    men: suppressSmall(t.men),
    youth: suppressSmall(t.youth),
    batches: t.batches,
    quantity: t.quantity,
    acceptedShare: t.decided > 0 ? t.accepted / t.decided : null,
  };
}

/** Per district of the caller's association, for one calendar year; all sums computed in SQL. */
export async function getRegionalOverview(ctx: Ctx, input: { year: number }) {
  authorize(ctx, "report.regional");
  const database = await db();
  const { youthMinAge, youthMaxAge } = await getAssociation(ctx);
  const yearStart = `${input.year}-01-01`;
  const yearEnd = `${input.year}-12-31`;
  const villageOfMember = tenantJoin(villages, members, members.villageId);

  const people = database
    .select({
      districtId: villages.districtId,
      women: int(sql`count(*) filter (where ${members.gender} = 'female')`).as("women"),
      men: int(sql`count(*) filter (where ${members.gender} = 'male')`).as("men"),
      youth: int(sql`count(*) filter (where ${input.year} - ${members.birthYear} between ${youthMinAge} and ${youthMaxAge})`).as("youth"),
    })
    .from(members)
    .innerJoin(villages, villageOfMember)
    .where(scoped(ctx, members, eq(members.status, "active"), lte(members.joinedOn, yearEnd)))
    .groupBy(villages.districtId)
    .as("people");

  const production = database
    .select({
      districtId: villages.districtId,
      batches: int(sql`count(*)`).as("batch_count"),
      quantity: int(sql`coalesce(sum(${batches.quantity}), 0)`).as("quantity"),
      accepted: int(sql`coalesce(sum(${batches.acceptedQuantity}), 0)`).as("accepted"),
      decided: int(sql`coalesce(sum(${batches.quantity}) filter (where ${batches.acceptedQuantity} is not null), 0)`).as("decided"),
    })
    .from(batches)
    .innerJoin(members, tenantJoin(members, batches, batches.memberId))
    .innerJoin(villages, villageOfMember)
    // Drafts are not yet reported production.
    .where(scoped(ctx, batches, between(batches.producedTo, yearStart, yearEnd), ne(batches.status, "draft")))
    .groupBy(villages.districtId)
    .as("production");

  const rows = await database
    .select({
      districtId: districts.id,
      district: nameColumns(districts),
      region: nameColumns(regions),
      women: int(sql`coalesce(${people.women}, 0)`),
      men: int(sql`coalesce(${people.men}, 0)`),
      youth: int(sql`coalesce(${people.youth}, 0)`),
      batches: int(sql`coalesce(${production.batches}, 0)`),
      quantity: int(sql`coalesce(${production.quantity}, 0)`),
      accepted: int(sql`coalesce(${production.accepted}, 0)`),
      decided: int(sql`coalesce(${production.decided}, 0)`),
    })
    .from(districts)
    .innerJoin(regions, tenantJoin(regions, districts, districts.regionId))
    .leftJoin(people, eq(people.districtId, districts.id))
    .leftJoin(production, eq(production.districtId, districts.id))
    .where(scoped(ctx, districts))
    .orderBy(asc(regions.nameEn), asc(districts.nameEn));

  const zero: Totals = { women: 0, men: 0, youth: 0, batches: 0, quantity: 0, accepted: 0, decided: 0 };
  const total = rows.reduce<Totals>(
    (sum, r) => ({
      women: sum.women + r.women,
      men: sum.men + r.men,
      youth: sum.youth + r.youth,
      batches: sum.batches + r.batches,
      quantity: sum.quantity + r.quantity,
      accepted: sum.accepted + r.accepted,
      decided: sum.decided + r.decided,
    }),
    zero,
  );
  return {
    year: input.year,
    youthAgeBand: { min: youthMinAge, max: youthMaxAge },
    districts: rows.map((r) => ({
      districtId: r.districtId,
      districtName: localName(r.district, ctx.locale),
      regionName: localName(r.region, ctx.locale),
      ...present(r),
    })),
    total: present(total),
  };
}

export type RegionalOverview = Awaited<ReturnType<typeof getRegionalOverview>>;
