import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { checklistItems, checklistTemplates } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { scoped } from "@/lib/tenancy/scope";
import { itemContentColumns } from "./checklist-version";
import { latestPublishedTemplate } from "./current-checklist";
import { findLine } from "./find-line";

export type DraftRef = { id: string; version: number };

class DraftRace extends Error {}

async function findDraft(tx: Tx, ctx: Ctx, lineId: string): Promise<DraftRef | undefined> {
  const [draft] = await tx
    .select({ id: checklistTemplates.id, version: checklistTemplates.version })
    .from(checklistTemplates)
    .where(scoped(ctx, checklistTemplates, eq(checklistTemplates.lineId, lineId), eq(checklistTemplates.status, "draft")));
  return draft;
}

/**
 * The line's open draft, or a new one numbered after the latest version with a copy of the
 * published items: editing a published checklist starts its next version.
 */
export async function startDraft(ctx: Ctx, lineId: string): Promise<DraftRef> {
  authorize(ctx, "checklist.manage");
  const database = await db();
  try {
    return await database.transaction(async (tx) => {
      const line = await findLine(tx, ctx, lineId);
      const open = await findDraft(tx, ctx, line.id);
      if (open) return open;
      const published = await latestPublishedTemplate(tx, ctx, line.id);
      const [draft] = await tx
        .insert(checklistTemplates)
        .values({ associationId: ctx.associationId, lineId: line.id, version: (published?.version ?? 0) + 1, createdBy: ctx.userId })
        .onConflictDoNothing()
        .returning({ id: checklistTemplates.id, version: checklistTemplates.version });
      // Another coordinator's draft for this line was created first (one draft per line).
      if (!draft) throw new DraftRace();
      const items = published
        ? await tx.select(itemContentColumns).from(checklistItems).where(scoped(ctx, checklistItems, eq(checklistItems.templateId, published.id)))
        : [];
      if (items.length > 0) await tx.insert(checklistItems).values(items.map((item) => ({ ...item, associationId: ctx.associationId, templateId: draft.id })));
      await recordAudit(tx, ctx, {
        action: "checklist.draftStarted",
        entityType: "checklist",
        entityId: draft.id,
        after: { lineId: line.id, version: draft.version, copiedFromVersion: published?.version ?? null, itemCount: items.length },
      });
      return draft;
    });
  } catch (error) {
    if (!(error instanceof DraftRace)) throw error;
    // The winner's draft, unless it was published in the meantime: then start after it.
    return (await database.transaction((tx) => findDraft(tx, ctx, lineId))) ?? startDraft(ctx, lineId);
  }
}
