import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { listLineMaterials } from "@/lib/catalog/list-line-materials";
import { listActiveProducts } from "@/lib/products/list-products";

/**
 * What the batch form offers: active products (only those of `lineId` when given, as a saved
 * batch keeps its line) and each of their lines' allowed materials.
 */
export async function batchFormOptions(ctx: Ctx, lineId?: string) {
  authorize(ctx, "batch.log");
  const products = (await listActiveProducts(ctx)).filter((p) => !lineId || p.lineId === lineId);
  const lineIds = [...new Set(products.map((p) => p.lineId))];
  const materials = await Promise.all(lineIds.map(async (id) => [id, await listLineMaterials(ctx, id)] as const));
  return { products, materialsByLine: Object.fromEntries(materials) };
}
