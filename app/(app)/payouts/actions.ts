"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { recordAdjustment } from "@/lib/payouts/record-adjustment";
import { recordPayment } from "@/lib/payouts/record-payment";
import { recordPayments } from "@/lib/payouts/record-payments";
import type { RecordAdjustmentInput, RecordPaymentInput, RecordPaymentsInput } from "@/lib/payouts/schemas";

function refresh() {
  revalidatePath("/payouts", "layout");
  revalidatePath("/my-earnings");
}

export async function recordPaymentAction(input: RecordPaymentInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await recordPayment(ctx, input);
    refresh();
    return result;
  });
}

export async function recordPaymentsAction(input: RecordPaymentsInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await recordPayments(ctx, input);
    refresh();
    return result;
  });
}

export async function recordAdjustmentAction(input: RecordAdjustmentInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await recordAdjustment(ctx, input);
    refresh();
    return result;
  });
}
