"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { checklistPath, draftPath } from "@/lib/checklists/paths";
import { publishDraft } from "@/lib/checklists/publish-draft";
import { saveDraftItems } from "@/lib/checklists/save-draft-items";
import type { ChecklistItemInput } from "@/lib/checklists/schemas";
import { startDraft } from "@/lib/checklists/start-draft";
import { runAction } from "@/lib/errors/action-result";

function revalidateChecklist(lineId: string) {
  revalidatePath(checklistPath(lineId));
  revalidatePath(draftPath(lineId));
}

export async function startDraftAction(lineId: string) {
  const ctx = await requireSession();
  return runAction(async () => {
    const draft = await startDraft(ctx, lineId);
    revalidateChecklist(lineId);
    return draft;
  });
}

export async function saveDraftAction(templateId: string, items: ChecklistItemInput[]) {
  const ctx = await requireSession();
  return runAction(async () => {
    const saved = await saveDraftItems(ctx, templateId, items);
    revalidateChecklist(saved.lineId);
    return saved;
  });
}

/** Saves what the editor shows, then publishes it: nothing typed since the last save is lost. */
export async function publishDraftAction(templateId: string, items: ChecklistItemInput[]) {
  const ctx = await requireSession();
  return runAction(async () => {
    await saveDraftItems(ctx, templateId, items);
    const published = await publishDraft(ctx, templateId);
    revalidateChecklist(published.lineId);
    return published;
  });
}
