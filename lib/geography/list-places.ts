import { asc } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, producerGroups, regions, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { localName } from "@/lib/i18n/locales";
import { scoped } from "@/lib/tenancy/scope";

/** The association's regions, districts, villages and producer groups, named in the reader's language. */
export async function listPlaces(ctx: Ctx) {
  const database = await db();
  const [regionRows, districtRows, villageRows, groupRows] = await Promise.all([
    database.select().from(regions).where(scoped(ctx, regions)).orderBy(asc(regions.nameEn)),
    database.select().from(districts).where(scoped(ctx, districts)).orderBy(asc(districts.nameEn)),
    database.select().from(villages).where(scoped(ctx, villages)).orderBy(asc(villages.nameEn)),
    database.select().from(producerGroups).where(scoped(ctx, producerGroups)).orderBy(asc(producerGroups.name)),
  ]);
  const named = <T extends { nameEn: string; nameRu: string; nameKy: string }>(row: T) => ({ ...row, name: localName(row, ctx.locale) });
  return {
    regions: regionRows.map(named),
    districts: districtRows.map(named),
    villages: villageRows.map(named),
    groups: groupRows,
  };
}

export type Places = Awaited<ReturnType<typeof listPlaces>>;
