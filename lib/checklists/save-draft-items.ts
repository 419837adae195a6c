import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { checklistItems } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { checklistItemsOf } from "./checklist-version";
import { itemFieldErrors } from "./item-field-errors";
import { itemRows } from "./item-rows";
import { lockDraft } from "./lock-draft";
import { checklistItemsSchema, type ChecklistItemInput } from "./schemas";

export type SavedDraft = { id: string; lineId: string; version: number; itemCount: number };

/** Replaces a draft's items with `items`, in that order. An empty draft may be saved, not published. */
export async function saveDraftItems(ctx: Ctx, templateId: string, items: readonly ChecklistItemInput[]): Promise<SavedDraft> {
  authorize(ctx, "checklist.manage");
  const parsed = checklistItemsSchema.safeParse(items);
  if (!parsed.success) throw new ValidationError(itemFieldErrors(parsed.error));
  return (await db()).transaction(async (tx) => {
    const draft = await lockDraft(tx, ctx, templateId);
    const before = await checklistItemsOf(tx, ctx, draft.id);
    await tx.delete(checklistItems).where(scoped(ctx, checklistItems, eq(checklistItems.templateId, draft.id)));
    const rows = itemRows(ctx.associationId, draft.id, parsed.data);
    if (rows.length > 0) await tx.insert(checklistItems).values(rows);
    await recordAudit(tx, ctx, {
      action: "checklist.draftSaved",
      entityType: "checklist",
      entityId: draft.id,
      before: { itemCount: before.length },
      after: { version: draft.version, items: parsed.data },
    });
    return { id: draft.id, lineId: draft.lineId, version: draft.version, itemCount: rows.length };
  });
}
