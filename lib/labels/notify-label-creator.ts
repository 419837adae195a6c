import type { Tx } from "@/db/connect";
import type { Ctx } from "@/lib/auth/context";
import { notify } from "@/lib/notifications/notify";
import type { LabelDesignRow } from "./label-access";
import type { LabelProduct } from "./label-product";

/** Tells whoever drafted the design how the review ended; nobody is told of their own decision. */
export async function notifyLabelCreator(
  tx: Tx,
  ctx: Ctx,
  design: LabelDesignRow,
  product: Pick<LabelProduct, "sku">,
  outcome: "approved" | "changes_requested",
  comment: string | null,
): Promise<void> {
  if (design.createdBy === ctx.userId) return;
  await notify(tx, ctx, {
    userId: design.createdBy,
    kind: "label.decided",
    entityType: "label_design",
    entityId: design.id,
    params: { designId: design.id, sku: product.sku, market: design.market, kind: design.kind, outcome, comment },
  });
}
