import { db } from "@/db/client";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors/domain-errors";
import { appendPayments } from "./append-payments";
import { recordPaymentsSchema, type RecordPaymentsInput } from "./schemas";

/**
 * Records a list of payments made on one day by one method, in one transaction: all land or
 * none. Refusals are keyed by row, e.g. `payments.3.amountMinor`, so the list can mark the row.
 */
export async function recordPayments(ctx: Ctx, input: RecordPaymentsInput): Promise<{ entries: number; totalMinor: number }> {
  authorize(ctx, "payout.record");
  const parsed = recordPaymentsSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".") || "form"] ??= issue.message;
    throw new ValidationError(errors);
  }
  const { paidOn, method, payments } = parsed.data;
  return (await db()).transaction(async (tx) => {
    const entries = await appendPayments(tx, ctx, { paidOn, method }, payments, (index) => `payments.${index}.amountMinor`);
    return { entries: entries.length, totalMinor: -entries.reduce((sum, e) => sum + e.amountMinor, 0) };
  });
}
