import { db } from "@/db/client";
import { labelDesigns } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors/domain-errors";
import { labelAuditTarget } from "./label-access";
import { labelProduct } from "./label-product";
import { marketRules } from "./markets";
import { prefillFields } from "./prefill";
import { createLabelDesignSchema, type CreateLabelDesignInput } from "./schemas";

/** Starts a draft design for a product and market, its name and origin already filled in. */
export async function createLabelDesign(ctx: Ctx, input: CreateLabelDesignInput): Promise<{ id: string }> {
  authorize(ctx, "label.manage");
  const data = createLabelDesignSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const product = await labelProduct(tx, ctx, data.productId);
    if (!product) throw new ValidationError({ productId: "notFound" });
    const fields = prefillFields(marketRules(data.market), product);
    const [row] = await tx
      .insert(labelDesigns)
      .values({ associationId: ctx.associationId, productId: product.id, market: data.market, kind: data.kind, fields, createdBy: ctx.userId })
      .returning({ id: labelDesigns.id, status: labelDesigns.status, version: labelDesigns.version });
    const created = row!;
    await recordAudit(tx, ctx, {
      action: "label.created",
      ...labelAuditTarget(created.id),
      after: { productId: product.id, market: data.market, kind: data.kind, status: created.status, version: created.version, fields },
    });
    return { id: created.id };
  });
}
