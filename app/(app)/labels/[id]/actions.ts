"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/errors/action-result";
import { commentOnLabel } from "@/lib/labels/comment-on-label";
import { decideOnLabel } from "@/lib/labels/decide-on-label";
import { retireLabelDesign } from "@/lib/labels/retire-label-design";
import { reviseLabelDesign } from "@/lib/labels/revise-label-design";
import type { UpdateLabelDesignInput } from "@/lib/labels/schemas";
import { submitLabelDesign } from "@/lib/labels/submit-label-design";
import { updateLabelDesign } from "@/lib/labels/update-label-design";
import { commentFromForm, decisionFromForm } from "@/lib/reviews/form-input";

type Ctx = Awaited<ReturnType<typeof requireSession>>;

/** Runs one change to a design as the signed-in user and refreshes the list, the design and its product's page. */
async function changeDesign<T>(designId: string, work: (ctx: Ctx) => Promise<T>): Promise<ActionResult<T>> {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await work(ctx);
    revalidatePath("/labels");
    revalidatePath(`/labels/${designId}`);
    revalidatePath("/catalog/products/[id]", "page");
    return result;
  });
}

export async function updateLabelDesignAction(designId: string, input: UpdateLabelDesignInput) {
  return changeDesign(designId, async (ctx) => {
    const { status, version, updatedAt } = await updateLabelDesign(ctx, designId, input);
    return { status, version, updatedAt: updatedAt.toISOString() };
  });
}

export async function submitLabelDesignAction(designId: string) {
  return changeDesign(designId, (ctx) => submitLabelDesign(ctx, designId));
}

export async function reviseLabelDesignAction(designId: string) {
  return changeDesign(designId, (ctx) => reviseLabelDesign(ctx, designId));
}

export async function retireLabelDesignAction(designId: string) {
  return changeDesign(designId, (ctx) => retireLabelDesign(ctx, designId));
}

/** The review panel's decision form, bound to the design: `decision` and `comment`. */
export async function decideOnLabelAction(designId: string, _previous: ActionResult<unknown> | null, formData: FormData) {
  return changeDesign(designId, async (ctx) => {
    const { status } = await decideOnLabel(ctx, designId, decisionFromForm(formData));
    return { status };
  });
}

/** The review panel's comment and reply forms, bound to the design: `body`, `parentId`, `fileIds`. */
export async function commentOnLabelAction(designId: string, _previous: ActionResult<unknown> | null, formData: FormData) {
  return changeDesign(designId, (ctx) => commentOnLabel(ctx, designId, commentFromForm(formData)));
}
