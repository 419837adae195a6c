import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { checklistItems, checklistTemplates } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeChecklistRead } from "./read-access";

export const templateColumns = {
  id: checklistTemplates.id,
  lineId: checklistTemplates.lineId,
  version: checklistTemplates.version,
  status: checklistTemplates.status,
  createdAt: checklistTemplates.createdAt,
  publishedAt: checklistTemplates.publishedAt,
};

/** What an item says, without its identity: copied as is into the next version. */
export const itemContentColumns = {
  position: checklistItems.position,
  kind: checklistItems.kind,
  defectClass: checklistItems.defectClass,
  labelKy: checklistItems.labelKy,
  labelRu: checklistItems.labelRu,
  labelEn: checklistItems.labelEn,
  guidanceKy: checklistItems.guidanceKy,
  guidanceRu: checklistItems.guidanceRu,
  guidanceEn: checklistItems.guidanceEn,
  minValue: checklistItems.minValue,
  maxValue: checklistItems.maxValue,
  unit: checklistItems.unit,
};

const itemColumns = { id: checklistItems.id, ...itemContentColumns };

/** A template's items in their order. */
export function checklistItemsOf(tx: Tx, ctx: Ctx, templateId: string) {
  return tx
    .select(itemColumns)
    .from(checklistItems)
    .where(scoped(ctx, checklistItems, eq(checklistItems.templateId, templateId)))
    .orderBy(asc(checklistItems.position));
}

export type ChecklistItem = Awaited<ReturnType<typeof checklistItemsOf>>[number];
export type ChecklistTemplate = Pick<typeof checklistTemplates.$inferSelect, keyof typeof templateColumns>;
export type ChecklistVersion = ChecklistTemplate & { items: ChecklistItem[] };

/** One version of a checklist with its items: an inspection renders from the version it started with. */
export async function checklistVersion(tx: Tx, ctx: Ctx, templateId: string): Promise<ChecklistVersion> {
  authorizeChecklistRead(ctx);
  if (!isUuid(templateId)) throw new NotFoundError();
  const [template] = await tx.select(templateColumns).from(checklistTemplates).where(scoped(ctx, checklistTemplates, eq(checklistTemplates.id, templateId)));
  if (!template) throw new NotFoundError();
  return { ...template, items: await checklistItemsOf(tx, ctx, template.id) };
}
