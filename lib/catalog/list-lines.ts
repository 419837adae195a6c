import { and, asc, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { scoped } from "@/lib/tenancy/scope";

/** Every product line of the association, retired ones too, with how many products each has. */
export async function listLines(ctx: Ctx) {
  authorize(ctx, "catalog.manage");
  const rows = await (await db())
    .select({
      id: productLines.id,
      code: productLines.code,
      names: nameColumns(productLines),
      category: productLines.category,
      unit: productLines.unit,
      status: productLines.status,
      productCount: count(products.id),
    })
    .from(productLines)
    .leftJoin(products, and(eq(products.associationId, productLines.associationId), eq(products.lineId, productLines.id)))
    .where(scoped(ctx, productLines))
    .groupBy(productLines.associationId, productLines.id)
    .orderBy(asc(productLines.code));
  return rows.map(({ names, ...line }) => ({ ...line, name: localName(names, ctx.locale) }));
}

export type LineListItem = Awaited<ReturnType<typeof listLines>>[number];
