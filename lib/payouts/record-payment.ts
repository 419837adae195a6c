import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { appendPayments } from "./append-payments";
import { recordPaymentSchema, type RecordPaymentInput } from "./schemas";

/** Records money handed to one producer; an amount above their balance is refused. */
export async function recordPayment(ctx: Ctx, input: RecordPaymentInput): Promise<{ id: number }> {
  authorize(ctx, "payout.record");
  const { memberId, amountMinor, paidOn, method, reference } = recordPaymentSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const [entry] = await appendPayments(tx, ctx, { paidOn, method }, [{ memberId, amountMinor, reference }], () => "amountMinor");
    return { id: entry!.id };
  });
}
