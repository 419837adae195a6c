import type { checklistItems } from "@/db/schema";
import type { ChecklistItemData } from "./schemas";

/** Rows for validated items in their order; range and unit are kept for measurements only. */
export function itemRows(associationId: string, templateId: string, items: readonly ChecklistItemData[]): (typeof checklistItems.$inferInsert)[] {
  return items.map((item, index) => {
    const measured = item.kind === "measurement";
    return {
      associationId,
      templateId,
      position: index + 1,
      kind: item.kind,
      defectClass: item.defectClass || null,
      labelKy: item.labelKy,
      labelRu: item.labelRu,
      labelEn: item.labelEn,
      guidanceKy: item.guidanceKy,
      guidanceRu: item.guidanceRu,
      guidanceEn: item.guidanceEn,
      minValue: measured ? (item.minValue ?? null) : null,
      maxValue: measured ? (item.maxValue ?? null) : null,
      unit: measured ? item.unit : null,
    };
  });
}
