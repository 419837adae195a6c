import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, labelDesigns, products } from "@/db/schema";
import { batchInput, type Tenant } from "@/db/testing/factories";
import { inspectBatch } from "@/db/testing/inspect-batch";
import { logBatch } from "@/lib/batches/log-batch";

/** A Japan hang tag as a coordinator would write it: Japanese, English and Kyrgyz text and a valid EAN-13. */
export const JAPAN_HANG_TAG = {
  ja: {
    productName: "フェルトの羊",
    fibreComposition: "毛 100%",
    careInstructions: "手洗い（30℃以下）、陰干し",
    countryOfOrigin: "原産国：キルギス",
    labellerName: "株式会社イシククル商事",
    labellerAddress: "東京都千代田区丸の内1-1-1",
    netQuantity: "1個",
  },
  en: { productName: "Felt sheep", fibreComposition: "Wool 100%", countryOfOrigin: "Made in Kyrgyzstan", netQuantity: "1 piece" },
  ky: { productName: "Кийиз козу", fibreComposition: "Жүн 100%", careInstructions: "Өтө ысык сууда жуубаңыз, көлөкөдө кургатыңыз" },
  ean13: "4701234567890",
  careSymbols: [],
};

/** A label design row straight in the database, with no review, in any status. */
type DesignOptions = { productId?: string; status?: (typeof labelDesigns.status.enumValues)[number]; fields?: object };

export async function addLabelDesign(t: Tenant, { productId = t.product.id, status = "approved", fields = JAPAN_HANG_TAG }: DesignOptions = {}) {
  const [design] = await (await db())
    .insert(labelDesigns)
    .values({
      associationId: t.association.id,
      productId,
      market: "JP",
      kind: "hang_tag",
      status,
      fields,
      createdBy: t.coordinator.userId,
      approvedAt: status === "approved" ? new Date() : null,
    })
    .returning();
  return design!;
}

/** Another product of the tenant's felt line. */
export async function addProduct(t: Tenant, sku: string) {
  const [product] = await (await db())
    .insert(products)
    .values({ associationId: t.association.id, lineId: t.product.lineId, sku, nameEn: sku, nameRu: sku, nameKy: sku, producerPriceMinor: 100, currency: "KGS" })
    .returning();
  return product!;
}

/**
 * A lot logged by the tenant's producer and taken through inspection: all of it accepted, or
 * `accepted` pieces of it. The felt line needs a published checklist.
 */
export async function acceptedLot(t: Tenant, { productId = t.product.id, quantity = 10, accepted }: { productId?: string; quantity?: number; accepted?: number } = {}) {
  const { id } = await logBatch(t.producer, batchInput(productId, { quantity }));
  const decision = accepted === undefined || accepted === quantity ? { outcome: "accept" as const } : { outcome: "partially_accept" as const, acceptedQuantity: accepted, remarks: "sorted", overrideReason: "sorted" };
  await inspectBatch(t, id, decision);
  const [lot] = await (await db()).select().from(batches).where(eq(batches.id, id));
  return lot!;
}
