import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { allocations, buyerArticles, buyers, productLines, products, shipmentLines, shipments } from "@/db/schema";
import { publishChecklist, type Tenant } from "@/db/testing/factories";
import { acceptedLot } from "@/lib/labels/sheet/testing/label-fixtures";
import { scoped } from "@/lib/tenancy/scope";

/** MUJI's buyer record as a coordinator would enter it, straight into the database. */
export async function addBuyer(t: Tenant, name = "Ryohin Keikaku Co., Ltd. (MUJI)") {
  const [buyer] = await (await db())
    .insert(buyers)
    .values({
      associationId: t.association.id,
      name,
      countryCode: "JP",
      contactName: "Hanako Sato",
      email: "import@muji.test",
      phone: "+81 3 3989 4403",
      address: "4-26-3 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-8424",
      currency: "JPY",
    })
    .returning();
  return buyer!;
}

export async function setBuyerArticle(t: Tenant, buyerId: string, productId: string, articleNumber: string) {
  await (await db()).insert(buyerArticles).values({ associationId: t.association.id, buyerId, productId, articleNumber });
}

export async function setHsCode(t: Tenant, hsCode: string) {
  await (await db()).update(productLines).set({ hsCode }).where(scoped(t.coordinator, productLines, eq(productLines.id, t.product.lineId)));
}

type ProductFields = { sku: string; nameEn: string; nameRu?: string; nameJa?: string | null; weightG?: number | null };

/** A product of the tenant's felt line with the names and weight given. */
export async function addExportProduct(t: Tenant, { sku, nameEn, nameRu = `${nameEn} (ru)`, nameJa = null, weightG = null }: ProductFields) {
  const [product] = await (await db())
    .insert(products)
    .values({ associationId: t.association.id, lineId: t.product.lineId, sku, nameEn, nameRu, nameKy: nameEn, nameJa, weightG, producerPriceMinor: 35000, currency: "KGS" })
    .returning();
  return product!;
}

export type LineFixture = { productId: string; quantity: number; unitPriceMinor: number; lots?: { batchId: string; quantity: number }[] };

/** A shipment in planning with its lines in the order given and each line's allocations. */
export async function addShipment(t: Tenant, buyerId: string, code: string, lines: LineFixture[], fields: { market?: string; currency?: string } = {}) {
  return (await db()).transaction(async (tx) => {
    const associationId = t.association.id;
    const [shipment] = await tx
      .insert(shipments)
      .values({
        associationId,
        code,
        buyerId,
        market: fields.market ?? "JP",
        destination: "Tokyo, Japan",
        incoterm: "CIF",
        currency: fields.currency ?? "JPY",
        plannedDate: "2026-06-15",
        createdBy: t.coordinator.userId,
      })
      .returning();
    const rows = lines.map(({ productId, quantity, unitPriceMinor }, position) => ({ associationId, shipmentId: shipment!.id, productId, quantity, unitPriceMinor, position }));
    const saved = rows.length > 0 ? await tx.insert(shipmentLines).values(rows).returning() : [];
    const allocationRows = lines.flatMap((line, index) => (line.lots ?? []).map((lot) => ({ associationId, shipmentLineId: saved[index]!.id, ...lot })));
    if (allocationRows.length > 0) await tx.insert(allocations).values(allocationRows);
    return shipment!;
  });
}

/**
 * EXP-2026-007 to MUJI: 12 felt sheep (フェルトの羊, 45 g, ¥1,200) from two accepted lots and
 * 5 felt yurts (no weight recorded, ¥2,500) from one, all under HS code 6307.90.
 */
export async function mujiShipment(t: Tenant) {
  await publishChecklist(t, t.product.lineId);
  await setHsCode(t, "6307.90");
  await (await db()).update(products).set({ nameJa: "フェルトの羊", nameRu: "Войлочная овечка", weightG: 45 }).where(scoped(t.coordinator, products, eq(products.id, t.product.id)));
  const yurt = await addExportProduct(t, { sku: "FELT-YURT", nameEn: "Felt yurt ornament", nameRu: "Войлочная юрта" });
  const [sheepLot1, sheepLot2, yurtLot] = [await acceptedLot(t, { quantity: 10 }), await acceptedLot(t, { quantity: 10 }), await acceptedLot(t, { productId: yurt.id, quantity: 5 })];
  const buyer = await addBuyer(t);
  await setBuyerArticle(t, buyer.id, t.product.id, "4550344123456");
  const shipment = await addShipment(t, buyer.id, "EXP-2026-007", [
    { productId: t.product.id, quantity: 12, unitPriceMinor: 1200, lots: [{ batchId: sheepLot1.id, quantity: 10 }, { batchId: sheepLot2.id, quantity: 2 }] },
    { productId: yurt.id, quantity: 5, unitPriceMinor: 2500, lots: [{ batchId: yurtLot.id, quantity: 5 }] },
  ]);
  return { shipment, buyer, yurt, lots: [sheepLot1, sheepLot2, yurtLot] };
}
