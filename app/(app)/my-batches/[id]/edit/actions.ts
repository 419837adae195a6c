"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import type { UpdateBatchInput } from "@/lib/batches/schemas";
import { updateBatch } from "@/lib/batches/update-batch";
import { runAction } from "@/lib/errors/action-result";

export async function updateBatchAction(input: UpdateBatchInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const batch = await updateBatch(ctx, input);
    revalidatePath("/my-batches");
    revalidatePath(`/my-batches/${batch.id}`);
    return batch;
  });
}
