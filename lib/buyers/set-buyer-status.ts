import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { buyers } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { setBuyerStatusSchema, type BuyerStatus, type SetBuyerStatusInput } from "./schemas";

/** Archives a buyer (no new shipments for them; old ones keep their buyer) or makes them active again. */
export async function setBuyerStatus(ctx: Ctx, input: SetBuyerStatusInput): Promise<{ id: string; status: BuyerStatus }> {
  authorize(ctx, "buyer.manage");
  const { buyerId, status } = setBuyerStatusSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const [buyer] = await tx.select({ status: buyers.status }).from(buyers).where(scoped(ctx, buyers, eq(buyers.id, buyerId))).for("update");
    if (!buyer) throw new NotFoundError();
    if (buyer.status !== status) {
      await tx.update(buyers).set({ status, updatedAt: new Date() }).where(scoped(ctx, buyers, eq(buyers.id, buyerId)));
      await recordAudit(tx, ctx, { action: "buyer.statusChanged", entityType: "buyer", entityId: buyerId, before: { status: buyer.status }, after: { status } });
    }
    return { id: buyerId, status };
  });
}
