"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { updateReviewSettings } from "@/lib/reviews/review-settings";
import type { ReviewSettingsInput } from "@/lib/reviews/schemas";

export async function updateReviewSettingsAction(input: ReviewSettingsInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    await updateReviewSettings(ctx, input);
    revalidatePath("/settings/reviews");
    return null;
  });
}
