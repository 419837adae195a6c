"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { proposeIdea } from "@/lib/ideas/propose-idea";
import type { ProposeIdeaInput, UpdateIdeaInput } from "@/lib/ideas/schemas";
import { updateIdea } from "@/lib/ideas/update-idea";

export async function proposeIdeaAction(input: ProposeIdeaInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const idea = await proposeIdea(ctx, input);
    revalidatePath("/ideas");
    return idea;
  });
}

export async function updateIdeaAction(ideaId: string, input: UpdateIdeaInput) {
  const ctx = await requireSession();
  return runAction(async () => {
    const idea = await updateIdea(ctx, ideaId, input);
    revalidatePath("/ideas", "layout");
    return idea;
  });
}
