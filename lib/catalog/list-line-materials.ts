import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { lineMaterials, materials, productLines } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import type { MaterialKind } from "./options";

export type LineMaterial = { id: string; kind: MaterialKind; name: string; colourHex: string | null };

/** The active materials a batch of the line may be made from, by kind and code; a line of another association is not found. */
export async function listLineMaterials(ctx: Ctx, lineId: string): Promise<LineMaterial[]> {
  authorize(ctx, "catalog.read");
  if (!isUuid(lineId)) throw new NotFoundError();
  const database = await db();
  const [line] = await database.select({ id: productLines.id }).from(productLines).where(scoped(ctx, productLines, eq(productLines.id, lineId)));
  if (!line) throw new NotFoundError();
  const rows = await database
    .select({ id: materials.id, kind: materials.kind, colourHex: materials.colourHex, names: nameColumns(materials) })
    .from(lineMaterials)
    .innerJoin(materials, tenantJoin(materials, lineMaterials, lineMaterials.materialId))
    .where(scoped(ctx, lineMaterials, eq(lineMaterials.lineId, lineId), eq(materials.status, "active")))
    .orderBy(asc(materials.kind), asc(materials.code));
  return rows.map(({ names, ...m }) => ({ ...m, name: localName(names, ctx.locale) }));
}
