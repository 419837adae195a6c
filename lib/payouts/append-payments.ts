import type { Tx } from "@/db/connect";
import { payoutEntries } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { toDecimalText } from "@/lib/catalog/money";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { associationCurrency } from "./association-currency";
import { lockBalances } from "./lock-balances";
import type { PaymentMethod } from "./schemas";

type Payment = { memberId: string; amountMinor: number; reference?: string };
type AmountField = (index: number) => string;

function overpayment(balanceMinor: number, currency: string): string {
  return `overpayment?${new URLSearchParams({ balance: `${toDecimalText(Math.max(balanceMinor, 0), currency)} ${currency}` })}`;
}

/**
 * Appends payments after checking each against the member's locked balance: paying more than
 * is owed is refused (an advance or an overpayment is recorded as an adjustment with its reason).
 * Several payments to one member count together. Every refusal is collected before any write.
 */
export async function appendPayments(tx: Tx, ctx: Ctx, common: { paidOn: string; method: PaymentMethod }, payments: Payment[], amountField: AmountField) {
  const currency = await associationCurrency(tx, ctx);
  const remaining = await lockBalances(tx, ctx, payments.map((p) => p.memberId));
  // Another association's member is simply not there, for one payment or a whole list.
  if (payments.some((p) => !remaining.has(p.memberId))) throw new NotFoundError();
  const errors: Record<string, string> = {};
  const balancesAfter = payments.map((payment, index) => {
    const balance = remaining.get(payment.memberId)!;
    if (payment.amountMinor > balance) errors[amountField(index)] = overpayment(balance, currency);
    else remaining.set(payment.memberId, balance - payment.amountMinor);
    return remaining.get(payment.memberId);
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const entries = await tx
    .insert(payoutEntries)
    .values(
      payments.map((p) => ({
        associationId: ctx.associationId,
        memberId: p.memberId,
        kind: "paid" as const,
        amountMinor: -p.amountMinor,
        currency,
        paidOn: common.paidOn,
        method: common.method,
        reference: p.reference || null,
        createdBy: ctx.userId,
      })),
    )
    .returning({ id: payoutEntries.id, memberId: payoutEntries.memberId, amountMinor: payoutEntries.amountMinor, reference: payoutEntries.reference });
  for (const [index, entry] of entries.entries()) {
    await recordAudit(tx, ctx, {
      action: "payout.paid",
      entityType: "member",
      entityId: entry.memberId,
      after: { entryId: entry.id, amountMinor: entry.amountMinor, currency, ...common, reference: entry.reference, balanceMinor: balancesAfter[index] },
    });
  }
  return entries;
}
