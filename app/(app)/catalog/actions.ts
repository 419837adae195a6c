"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { saveLine } from "@/lib/catalog/save-line";
import { saveMaterial } from "@/lib/catalog/save-material";
import { saveProduct } from "@/lib/catalog/save-product";
import type { SaveLineInput, SaveMaterialInput, SaveProductInput } from "@/lib/catalog/schemas";
import { runAction } from "@/lib/errors/action-result";

export async function saveLineAction(input: SaveLineInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await saveLine(ctx, input);
    revalidatePath("/catalog", "layout");
    return result;
  });
}

export async function saveProductAction(input: SaveProductInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await saveProduct(ctx, input);
    revalidatePath("/catalog", "layout");
    return result;
  });
}

export async function saveMaterialAction(input: SaveMaterialInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await saveMaterial(ctx, input);
    revalidatePath("/catalog", "layout");
    return result;
  });
}
