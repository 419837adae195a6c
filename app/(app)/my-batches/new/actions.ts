"use server";

import { revalidatePath } from "next/cache";
import { logBatch } from "@/lib/batches/log-batch";
import type { LogBatchInput } from "@/lib/batches/schemas";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";

export async function logBatchAction(input: LogBatchInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const batch = await logBatch(ctx, input);
    revalidatePath("/my-batches");
    return batch;
  });
}
