import { db } from "@/db/client";
import { payoutEntries } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { associationCurrency } from "./association-currency";
import { lockBalances } from "./lock-balances";
import { recordAdjustmentSchema, type RecordAdjustmentInput } from "./schemas";

/**
 * Corrects a producer's balance with a signed amount and its reason: the only way to change what
 * the ledger says, since entries are never edited. It may take the balance below zero (an advance).
 */
export async function recordAdjustment(ctx: Ctx, input: RecordAdjustmentInput): Promise<{ id: number }> {
  authorize(ctx, "payout.record");
  const { memberId, amountMinor, reason } = recordAdjustmentSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const balances = await lockBalances(tx, ctx, [memberId]);
    const before = balances.get(memberId);
    if (before === undefined) throw new NotFoundError();
    const currency = await associationCurrency(tx, ctx);
    const [entry] = await tx
      .insert(payoutEntries)
      .values({ associationId: ctx.associationId, memberId, kind: "adjustment", amountMinor, currency, reason, createdBy: ctx.userId })
      .returning({ id: payoutEntries.id });
    await recordAudit(tx, ctx, {
      action: "payout.adjusted",
      entityType: "member",
      entityId: memberId,
      before: { balanceMinor: before },
      after: { entryId: entry!.id, amountMinor, currency, reason, balanceMinor: before + amountMinor },
    });
    return { id: entry!.id };
  });
}
