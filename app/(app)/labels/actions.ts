"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { createLabelDesign } from "@/lib/labels/create-label-design";
import type { CreateLabelDesignInput } from "@/lib/labels/schemas";

export async function createLabelDesignAction(input: CreateLabelDesignInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const design = await createLabelDesign(ctx, input);
    revalidatePath("/labels");
    revalidatePath(`/catalog/products/${input.productId}`);
    return design;
  });
}
