import type { Db, Tx } from "@/db/connect";
import type { Ctx } from "@/lib/auth/context";
import { checkCompliance, type ComplianceCheck } from "./check-compliance";
import type { LabelDesignRow } from "./label-access";
import { readLabelFields, type LabelFields } from "./label-fields";
import { designProduct, type LabelProduct } from "./label-product";

export type DesignCompliance = { product: LabelProduct; fields: LabelFields; checks: ComplianceCheck[] };

/** A stored design's checklist, with the product and fields it was computed from. */
export async function designCompliance(
  database: Db | Tx,
  ctx: Ctx,
  design: Pick<LabelDesignRow, "productId" | "fields" | "kind" | "market">,
): Promise<DesignCompliance> {
  const product = await designProduct(database, ctx, design.productId);
  const fields = readLabelFields(design.fields);
  const checks = checkCompliance({ fields, kind: design.kind, market: design.market, category: product.category, country: product.country });
  return { product, fields, checks };
}
