"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { deletePlace } from "@/lib/geography/delete-place";
import { saveGroup } from "@/lib/geography/save-group";
import { savePlace } from "@/lib/geography/save-place";
import type { DeletePlaceInput, SaveGroupInput, SavePlaceInput } from "@/lib/geography/schemas";

const PAGE = "/settings/geography";

export async function savePlaceAction(input: SavePlaceInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await savePlace(ctx, input);
    revalidatePath(PAGE);
    return result;
  });
}

export async function saveGroupAction(input: SaveGroupInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await saveGroup(ctx, input);
    revalidatePath(PAGE);
    return result;
  });
}

export async function deletePlaceAction(input: DeletePlaceInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await deletePlace(ctx, input);
    revalidatePath(PAGE);
    return result;
  });
}
