import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { checklistTemplates } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";
import { checklistItemsOf, templateColumns, type ChecklistTemplate, type ChecklistVersion } from "./checklist-version";
import { findLine } from "./find-line";
import { authorizeChecklistRead } from "./read-access";

/** The line's latest published template, without items. */
export async function latestPublishedTemplate(tx: Tx, ctx: Ctx, lineId: string): Promise<ChecklistTemplate | undefined> {
  const [template] = await tx
    .select(templateColumns)
    .from(checklistTemplates)
    .where(scoped(ctx, checklistTemplates, eq(checklistTemplates.lineId, lineId), eq(checklistTemplates.status, "published")))
    .orderBy(desc(checklistTemplates.version))
    .limit(1);
  return template;
}

/** The line's latest published checklist with its items, inside the caller's transaction; null if none is published. */
export async function currentChecklistIn(tx: Tx, ctx: Ctx, lineId: string): Promise<ChecklistVersion | null> {
  authorizeChecklistRead(ctx);
  const template = await latestPublishedTemplate(tx, ctx, lineId);
  return template ? { ...template, items: await checklistItemsOf(tx, ctx, template.id) } : null;
}

/** The line's latest published checklist, or null; a line of another association is not found. */
export async function currentChecklist(ctx: Ctx, lineId: string): Promise<ChecklistVersion | null> {
  authorizeChecklistRead(ctx);
  return (await db()).transaction(async (tx) => {
    await findLine(tx, ctx, lineId);
    return currentChecklistIn(tx, ctx, lineId);
  });
}
