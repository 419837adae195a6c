import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { allocations, associations, batches, buyerArticles, buyers, productLines, products, shipmentLines, shipments } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

const header = {
  association: { name: associations.name, countryCode: associations.countryCode, timezone: associations.timezone },
  buyer: {
    name: buyers.name,
    countryCode: buyers.countryCode,
    contactName: buyers.contactName,
    email: buyers.email,
    phone: buyers.phone,
    address: buyers.address,
  },
  shipment: {
    id: shipments.id,
    code: shipments.code,
    market: shipments.market,
    destination: shipments.destination,
    incoterm: shipments.incoterm,
    currency: shipments.currency,
    plannedDate: shipments.plannedDate,
    status: shipments.status,
    shippedAt: shipments.shippedAt,
    notes: shipments.notes,
  },
};

const lineColumns = {
  id: shipmentLines.id,
  position: shipmentLines.position,
  quantity: shipmentLines.quantity,
  unitPriceMinor: shipmentLines.unitPriceMinor,
  sku: products.sku,
  names: { en: products.nameEn, ru: products.nameRu, ja: products.nameJa },
  weightG: products.weightG,
  hsCode: productLines.hsCode,
  unit: productLines.unit,
  buyerArticle: buyerArticles.articleNumber,
};

/**
 * Everything the packing list and the commercial invoice print, read in one read-only snapshot:
 * the parties, the shipment, its lines in order with names, codes, values, weights and the lots
 * allocated to each, and the totals. Another association's shipment is not found.
 */
export async function loadShipmentDocument(ctx: Ctx, shipmentId: string) {
  authorize(ctx, "shipment.read");
  if (!isUuid(shipmentId)) throw new NotFoundError();
  const { head, lines, lots } = await (await db()).transaction(
    async (tx) => {
      const [head] = await tx
        .select(header)
        .from(shipments)
        .innerJoin(buyers, tenantJoin(buyers, shipments, shipments.buyerId))
        .innerJoin(associations, eq(associations.id, shipments.associationId))
        .where(scoped(ctx, shipments, eq(shipments.id, shipmentId)));
      if (!head) throw new NotFoundError();
      const lines = await tx
        .select(lineColumns)
        .from(shipmentLines)
        .innerJoin(shipments, tenantJoin(shipments, shipmentLines, shipmentLines.shipmentId))
        .innerJoin(products, tenantJoin(products, shipmentLines, shipmentLines.productId))
        .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
        .leftJoin(
          buyerArticles,
          and(
            eq(buyerArticles.associationId, shipmentLines.associationId),
            eq(buyerArticles.buyerId, shipments.buyerId),
            eq(buyerArticles.productId, shipmentLines.productId),
          ),
        )
        .where(scoped(ctx, shipmentLines, eq(shipmentLines.shipmentId, shipmentId)))
        .orderBy(asc(shipmentLines.position), asc(products.sku));
      const lots = await tx
        .select({ lineId: allocations.shipmentLineId, lotCode: batches.lotCode, quantity: allocations.quantity })
        .from(allocations)
        .innerJoin(shipmentLines, tenantJoin(shipmentLines, allocations, allocations.shipmentLineId))
        .innerJoin(batches, tenantJoin(batches, allocations, allocations.batchId))
        .where(scoped(ctx, allocations, eq(shipmentLines.shipmentId, shipmentId)))
        .orderBy(asc(batches.lotCode));
      return { head, lines, lots };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const documentLines = lines.map(({ id, weightG, ...line }, index) => ({
    ...line,
    no: index + 1,
    valueMinor: line.quantity * line.unitPriceMinor,
    netWeightG: weightG === null ? null : weightG * line.quantity,
    lots: lots.filter((lot) => lot.lineId === id).map(({ lotCode, quantity }) => ({ lotCode, quantity })),
  }));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const totals = {
    quantity: sum(documentLines.map((line) => line.quantity)),
    valueMinor: sum(documentLines.map((line) => line.valueMinor)),
    /** The weight of the lines whose product has one; `linesWithoutWeight` counts the others. */
    netWeightG: sum(documentLines.map((line) => line.netWeightG ?? 0)),
    linesWithoutWeight: documentLines.filter((line) => line.netWeightG === null).length,
    lots: new Set(lots.map((lot) => lot.lotCode)).size,
  };
  return { ...head, lines: documentLines, totals };
}

export type ShipmentDocument = Awaited<ReturnType<typeof loadShipmentDocument>>;
export type DocumentLine = ShipmentDocument["lines"][number];
