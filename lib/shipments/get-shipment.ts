import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { allocations, buyerArticles, buyers, productLines, products, shipmentLines, shipments, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { countryName } from "@/lib/validation/iso-codes";
import { isUuid } from "@/lib/validation/uuid";

/**
 * A shipment with its buyer and lines: product names in every language we hold (Japanese where
 * set), the line's HS code, the buyer's article number, value and what is allocated. The
 * screen and the export documents read it.
 */
export async function getShipment(ctx: Ctx, shipmentId: string) {
  authorize(ctx, "shipment.read");
  if (!isUuid(shipmentId)) throw new NotFoundError();
  const database = await db();
  const [row] = await database
    .select({ shipment: shipments, buyer: buyers, createdByName: users.name })
    .from(shipments)
    .innerJoin(buyers, tenantJoin(buyers, shipments, shipments.buyerId))
    .innerJoin(users, tenantJoin(users, shipments, shipments.createdBy))
    .where(scoped(ctx, shipments, eq(shipments.id, shipmentId)));
  if (!row) throw new NotFoundError();
  const lines = await database
    .select({
      id: shipmentLines.id,
      position: shipmentLines.position,
      productId: shipmentLines.productId,
      quantity: shipmentLines.quantity,
      unitPriceMinor: shipmentLines.unitPriceMinor,
      sku: products.sku,
      nameEn: products.nameEn,
      nameRu: products.nameRu,
      nameKy: products.nameKy,
      nameJa: products.nameJa,
      hsCode: productLines.hsCode,
      unit: productLines.unit,
      articleNumber: buyerArticles.articleNumber,
    })
    .from(shipmentLines)
    .innerJoin(products, tenantJoin(products, shipmentLines, shipmentLines.productId))
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .leftJoin(
      buyerArticles,
      and(eq(buyerArticles.associationId, shipmentLines.associationId), eq(buyerArticles.productId, shipmentLines.productId), eq(buyerArticles.buyerId, row.buyer.id)),
    )
    .where(scoped(ctx, shipmentLines, eq(shipmentLines.shipmentId, shipmentId)))
    .orderBy(asc(shipmentLines.position));
  const held = lines.length
    ? await database
        .select({ lineId: allocations.shipmentLineId, allocated: sql<number>`sum(${allocations.quantity})`.mapWith(Number) })
        .from(allocations)
        .where(scoped(ctx, allocations, inArray(allocations.shipmentLineId, lines.map((l) => l.id))))
        .groupBy(allocations.shipmentLineId)
    : [];
  const allocatedTo = (lineId: string) => held.find((h) => h.lineId === lineId)?.allocated ?? 0;
  const { buyer } = row;
  return {
    ...row.shipment,
    createdByName: row.createdByName,
    buyer: {
      id: buyer.id,
      name: buyer.name,
      countryCode: buyer.countryCode,
      countryName: countryName(buyer.countryCode, ctx.locale),
      contactName: buyer.contactName,
      email: buyer.email,
      phone: buyer.phone,
      address: buyer.address,
      status: buyer.status,
    },
    lines: lines.map((l) => ({ ...l, productName: localName(l, ctx.locale), allocated: allocatedTo(l.id), totalMinor: l.quantity * l.unitPriceMinor })),
    totals: {
      quantity: lines.reduce((sum, l) => sum + l.quantity, 0),
      valueMinor: lines.reduce((sum, l) => sum + l.quantity * l.unitPriceMinor, 0),
    },
  };
}

export type ShipmentDetails = Awaited<ReturnType<typeof getShipment>>;
export type ShipmentLine = ShipmentDetails["lines"][number];
