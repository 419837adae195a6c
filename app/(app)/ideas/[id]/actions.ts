"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/errors/action-result";
import { commentOnIdea } from "@/lib/ideas/comment-on-idea";
import { createLineFromIdea } from "@/lib/ideas/create-line-from-idea";
import { decideOnIdea } from "@/lib/ideas/decide-on-idea";
import { declineIdea } from "@/lib/ideas/decline-idea";
import { moveToSample } from "@/lib/ideas/move-to-sample";
import type { CreateLineFromIdeaInput, DeclineIdeaInput, MoveToSampleInput } from "@/lib/ideas/schemas";
import { submitToCommittee } from "@/lib/ideas/submit-to-committee";
import { commentFromForm, decisionFromForm } from "@/lib/reviews/form-input";

/** Runs one change to an idea as the signed-in user and refreshes the board and the idea's pages. */
async function changeIdea<T>(ideaId: string, work: (ctx: Awaited<ReturnType<typeof requireSession>>) => Promise<T>): Promise<ActionResult<T>> {
  const ctx = await requireSession();
  return runAction(async () => {
    const result = await work(ctx);
    revalidatePath("/ideas");
    revalidatePath(`/ideas/${ideaId}`);
    return result;
  });
}

export async function moveToSampleAction(ideaId: string, input: MoveToSampleInput) {
  return changeIdea(ideaId, (ctx) => moveToSample(ctx, ideaId, input));
}

export async function submitToCommitteeAction(ideaId: string) {
  return changeIdea(ideaId, (ctx) => submitToCommittee(ctx, ideaId));
}

export async function declineIdeaAction(ideaId: string, input: DeclineIdeaInput) {
  return changeIdea(ideaId, (ctx) => declineIdea(ctx, ideaId, input));
}

export async function createLineFromIdeaAction(ideaId: string, input: CreateLineFromIdeaInput) {
  return changeIdea(ideaId, async (ctx) => {
    const created = await createLineFromIdea(ctx, ideaId, input);
    revalidatePath("/catalog", "layout");
    return created;
  });
}

/** The review panel's decision form, bound to the idea: `decision` and `comment`. */
export async function decideOnIdeaAction(ideaId: string, _previous: ActionResult<unknown> | null, formData: FormData) {
  return changeIdea(ideaId, async (ctx) => {
    const { stage } = await decideOnIdea(ctx, ideaId, decisionFromForm(formData));
    return { stage };
  });
}

/** The review panel's comment and reply forms, bound to the idea: `body`, `parentId`, `fileIds`. */
export async function commentOnIdeaAction(ideaId: string, _previous: ActionResult<unknown> | null, formData: FormData) {
  return changeIdea(ideaId, (ctx) => commentOnIdea(ctx, ideaId, commentFromForm(formData)));
}
