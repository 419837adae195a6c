import { asc } from "drizzle-orm";
import { db } from "@/db/client";
import { productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped } from "@/lib/tenancy/scope";

/** Every line and product, retired ones too: old batches are still filtered by them. */
export async function listBatchFilterOptions(ctx: Ctx) {
  authorize(ctx, "batch.list");
  const database = await db();
  const [lineRows, productRows] = await Promise.all([
    database.select({ id: productLines.id, code: productLines.code, name: nameColumns(productLines) }).from(productLines).where(scoped(ctx, productLines)).orderBy(asc(productLines.code)),
    database.select({ id: products.id, sku: products.sku, lineId: products.lineId, name: nameColumns(products) }).from(products).where(scoped(ctx, products)).orderBy(asc(products.sku)),
  ]);
  return {
    lines: lineRows.map((l) => ({ id: l.id, name: `${localName(l.name, ctx.locale)} (${l.code})` })),
    products: productRows.map((p) => ({ id: p.id, lineId: p.lineId, name: `${localName(p.name, ctx.locale)} (${p.sku})` })),
  };
}

export type BatchFilterOptions = Awaited<ReturnType<typeof listBatchFilterOptions>>;
