"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { saveBuyer } from "@/lib/buyers/save-buyer";
import type { SaveBuyerInput, SetBuyerArticlesInput, SetBuyerStatusInput } from "@/lib/buyers/schemas";
import { setBuyerArticles } from "@/lib/buyers/set-buyer-articles";
import { setBuyerStatus } from "@/lib/buyers/set-buyer-status";
import { runAction } from "@/lib/errors/action-result";

export async function saveBuyerAction(input: SaveBuyerInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await saveBuyer(ctx, input);
    revalidatePath("/buyers", "layout");
    return result;
  });
}

export async function setBuyerStatusAction(input: SetBuyerStatusInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await setBuyerStatus(ctx, input);
    revalidatePath("/buyers", "layout");
    return result;
  });
}

export async function setBuyerArticlesAction(input: SetBuyerArticlesInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await setBuyerArticles(ctx, input);
    revalidatePath(`/buyers/${input.buyerId}`);
    return result;
  });
}
