import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { buyers, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { approvedLabelFor } from "@/lib/labels/label-gate";
import { MARKET_CODES } from "@/lib/labels/markets";
import { scoped } from "@/lib/tenancy/scope";

/** What the shipment form offers: the active buyers (with the currency they buy in) and the label markets. */
export async function shipmentFormOptions(ctx: Ctx) {
  authorize(ctx, "shipment.manage");
  const rows = await (await db())
    .select({ id: buyers.id, name: buyers.name, currency: buyers.currency, countryCode: buyers.countryCode })
    .from(buyers)
    .where(scoped(ctx, buyers, eq(buyers.status, "active")))
    .orderBy(asc(buyers.name));
  return { buyers: rows, markets: [...MARKET_CODES] };
}

/** Active products for a new line, each marked with whether it passes the label gate for the market. */
export async function lineProductOptions(ctx: Ctx, market: string) {
  authorize(ctx, "shipment.manage");
  const rows = await (await db())
    .select({ id: products.id, sku: products.sku, name: nameColumns(products) })
    .from(products)
    .where(scoped(ctx, products, eq(products.status, "active")))
    .orderBy(asc(products.sku));
  const labels = await Promise.all(rows.map((p) => approvedLabelFor(ctx, p.id, market)));
  return rows.map((p, i) => ({ id: p.id, sku: p.sku, name: localName(p.name, ctx.locale), labelApproved: labels[i] !== null }));
}

export type LineProductOption = Awaited<ReturnType<typeof lineProductOptions>>[number];
