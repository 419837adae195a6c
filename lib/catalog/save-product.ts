import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productLines, products } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { getAssociation } from "@/lib/tenancy/get-association";
import { scoped } from "@/lib/tenancy/scope";
import { changes } from "./changes";
import { isCodeTaken } from "./code-taken";
import { currencyDigits, toMinorUnits } from "./money";
import { productPhotoIds, replaceProductPhotos } from "./product-photos";
import { saveProductSchema, type SaveProductInput } from "./schemas";

/** Adds a product to a line or edits one; the price is kept in minor units of the association's currency. */
export async function saveProduct(ctx: Ctx, input: SaveProductInput) {
  authorize(ctx, "catalog.manage");
  const { id, lineId, price, photoIds, ...data } = saveProductSchema.parse(input);
  const { currency } = await getAssociation(ctx);
  const producerPriceMinor = toMinorUnits(price, currency);
  if (producerPriceMinor === undefined) throw new ValidationError({ price: `priceDecimals?max=${currencyDigits(currency)}` });
  const fields = {
    ...data,
    articleNumber: data.articleNumber || null,
    nameJa: data.nameJa || null,
    producerPriceMinor,
    currency,
    lengthMm: data.lengthMm ?? null,
    widthMm: data.widthMm ?? null,
    heightMm: data.heightMm ?? null,
    sizeToleranceMm: data.sizeToleranceMm ?? null,
    weightG: data.weightG ?? null,
    weightToleranceG: data.weightToleranceG ?? null,
  };
  return (await db()).transaction(async (tx) => {
    const [line] = await tx.select({ id: productLines.id }).from(productLines).where(scoped(ctx, productLines, eq(productLines.id, lineId)));
    if (!line) throw new NotFoundError();
    if (!id) {
      const [created] = await tx
        .insert(products)
        .values({ associationId: ctx.associationId, lineId, ...fields })
        .onConflictDoNothing()
        .returning({ id: products.id });
      if (!created) throw new ValidationError({ sku: "skuTaken" });
      await replaceProductPhotos(tx, ctx, created.id, photoIds);
      await recordAudit(tx, ctx, { action: "product.created", entityType: "product", entityId: created.id, after: { lineId, ...fields, photoIds } });
      return { id: created.id };
    }
    const [product] = await tx.select().from(products).where(scoped(ctx, products, eq(products.id, id), eq(products.lineId, lineId))).for("update");
    if (!product) throw new NotFoundError();
    if (fields.sku !== product.sku && (await isCodeTaken(tx, ctx, products, products.sku, fields.sku, id))) throw new ValidationError({ sku: "skuTaken" });
    const diff = changes({ ...product, photoIds: await productPhotoIds(tx, ctx, id) }, { ...fields, photoIds });
    if (!diff.changed) return { id };
    await tx.update(products).set({ ...fields, updatedAt: new Date() }).where(scoped(ctx, products, eq(products.id, id)));
    await replaceProductPhotos(tx, ctx, id, photoIds);
    await recordAudit(tx, ctx, { action: "product.updated", entityType: "product", entityId: id, before: diff.before, after: diff.after });
    return { id };
  });
}
