import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { materials, regions } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { colourName } from "./colour-name";
import type { MaterialKind } from "./options";

/** The materials registry, retired materials too, optionally of one kind, with region names. */
export async function listMaterials(ctx: Ctx, filter: { kind?: MaterialKind } = {}) {
  authorize(ctx, "catalog.manage");
  const rows = await (await db())
    .select({ material: materials, region: nameColumns(regions) })
    .from(materials)
    .leftJoin(regions, tenantJoin(regions, materials, materials.regionId))
    .where(scoped(ctx, materials, filter.kind ? eq(materials.kind, filter.kind) : undefined))
    .orderBy(asc(materials.kind), asc(materials.code));
  return rows.map(({ material, region }) => ({
    ...material,
    name: localName(material, ctx.locale),
    colour: colourName(material, ctx.locale),
    regionName: region ? localName(region, ctx.locale) : null,
  }));
}

export type MaterialListItem = Awaited<ReturnType<typeof listMaterials>>[number];
