"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { decideBatch } from "@/lib/inspections/decide-batch";
import type { DecideBatchInput } from "@/lib/inspections/schemas";

export async function decideBatchAction(input: DecideBatchInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await decideBatch(ctx, input);
    revalidatePath(`/batches/${result.id}`);
    revalidatePath("/inspections");
    return result;
  });
}
