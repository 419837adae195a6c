import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connect";
import { associations, productLines, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { localName } from "@/lib/i18n/locales";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import type { LabelLanguage } from "./label-fields";
import type { ProductCategory } from "./markets";

export type LabelProduct = {
  id: string;
  sku: string;
  name: string;
  names: Partial<Record<LabelLanguage, string>>;
  category: ProductCategory;
  /** The association's country: whose origin a label states and whose GS1 prefix it should carry. */
  country: string;
};

/** What a design's compliance depends on beyond its own fields: the product's names and category, the association's country. */
export async function labelProduct(database: Db | Tx, ctx: Ctx, productId: string): Promise<LabelProduct | null> {
  const [row] = await database
    .select({ product: products, category: productLines.category, country: associations.countryCode })
    .from(products)
    .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
    .innerJoin(associations, eq(associations.id, products.associationId))
    .where(scoped(ctx, products, eq(products.id, productId)));
  if (!row) return null;
  const { product } = row;
  const names = { ky: product.nameKy, ru: product.nameRu, en: product.nameEn, ...(product.nameJa ? { ja: product.nameJa } : {}) };
  return { id: product.id, sku: product.sku, name: localName(product, ctx.locale), names, category: row.category, country: row.country };
}

/** The product of a stored design: the foreign key keeps it in the design's association. */
export async function designProduct(database: Db | Tx, ctx: Ctx, productId: string): Promise<LabelProduct> {
  const product = await labelProduct(database, ctx, productId);
  if (!product) throw new Error(`Label design without its product ${productId}`);
  return product;
}
