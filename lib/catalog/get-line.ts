import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { lineMaterials, materials, productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { lineHasBatches } from "./line-has-batches";

/** A product line with its products, its allowed materials, and whether its code is locked by batches. */
export async function getLine(ctx: Ctx, lineId: string) {
  authorize(ctx, "catalog.manage");
  if (!isUuid(lineId)) throw new NotFoundError();
  const database = await db();
  const [line] = await database.select().from(productLines).where(scoped(ctx, productLines, eq(productLines.id, lineId)));
  if (!line) throw new NotFoundError();
  const [productRows, materialRows, codeLocked] = await Promise.all([
    database.select().from(products).where(scoped(ctx, products, eq(products.lineId, lineId))).orderBy(asc(products.sku)),
    database
      .select({ id: materials.id, code: materials.code, kind: materials.kind, ...nameColumns(materials), colourHex: materials.colourHex, status: materials.status })
      .from(lineMaterials)
      .innerJoin(materials, tenantJoin(materials, lineMaterials, lineMaterials.materialId))
      .where(scoped(ctx, lineMaterials, eq(lineMaterials.lineId, lineId)))
      .orderBy(asc(materials.kind), asc(materials.code)),
    lineHasBatches(database, ctx, lineId),
  ]);
  return {
    ...line,
    name: localName(line, ctx.locale),
    codeLocked,
    products: productRows.map((p) => ({ ...p, name: localName(p, ctx.locale) })),
    materials: materialRows.map((m) => ({ ...m, name: localName(m, ctx.locale) })),
  };
}

export type LineDetails = Awaited<ReturnType<typeof getLine>>;
