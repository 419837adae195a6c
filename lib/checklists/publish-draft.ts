import { count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { checklistItems, checklistTemplates } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { lockDraft } from "./lock-draft";

export type PublishedChecklist = { id: string; lineId: string; version: number };

/** Freezes a draft with at least one item as the line's current checklist. */
export async function publishDraft(ctx: Ctx, templateId: string): Promise<PublishedChecklist> {
  authorize(ctx, "checklist.manage");
  return (await db()).transaction(async (tx) => {
    const draft = await lockDraft(tx, ctx, templateId);
    const [items] = await tx.select({ n: count() }).from(checklistItems).where(scoped(ctx, checklistItems, eq(checklistItems.templateId, draft.id)));
    if (!items?.n) throw new ConflictError("checklistEmpty");
    const publishedAt = new Date();
    await tx
      .update(checklistTemplates)
      .set({ status: "published", publishedAt, publishedBy: ctx.userId })
      .where(scoped(ctx, checklistTemplates, eq(checklistTemplates.id, draft.id)));
    await recordAudit(tx, ctx, {
      action: "checklist.published",
      entityType: "checklist",
      entityId: draft.id,
      before: { status: "draft" },
      after: { status: "published", lineId: draft.lineId, version: draft.version, itemCount: items.n, publishedAt },
    });
    return { id: draft.id, lineId: draft.lineId, version: draft.version };
  });
}
