import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { checklistTemplates } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { scoped } from "@/lib/tenancy/scope";
import { checklistItemsOf, templateColumns } from "./checklist-version";
import { findLine } from "./find-line";

/** The line and its draft checklist with items, for the editor; `draft` is null when none is open. */
export async function getDraftChecklist(ctx: Ctx, lineId: string) {
  authorize(ctx, "checklist.manage");
  return (await db()).transaction(async (tx) => {
    const line = await findLine(tx, ctx, lineId);
    const [template] = await tx
      .select(templateColumns)
      .from(checklistTemplates)
      .where(scoped(ctx, checklistTemplates, eq(checklistTemplates.lineId, line.id), eq(checklistTemplates.status, "draft")));
    return { line, draft: template ? { ...template, items: await checklistItemsOf(tx, ctx, template.id) } : null };
  });
}
