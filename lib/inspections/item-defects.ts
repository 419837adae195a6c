import { DEFECT_CLASSES, defectsFromMeasurements, type DefectClass } from "@/lib/qc/decision";
import type { DefectCounts } from "./outcome";

export type ChecklistItemRule = {
  id: string;
  kind: "yes_no" | "measurement" | "defect_count" | "text" | "photo";
  defectClass: DefectClass | null;
  minValue: number | null;
  maxValue: number | null;
};

export type ItemAnswer = { passed?: boolean | null; measurements?: readonly number[]; defectCount?: number | null };

/**
 * Defects one answer counts: a "no" is one defect, every measurement out of tolerance is one,
 * a count is itself; text and photo items are evidence only.
 */
export function defectsOf(item: ChecklistItemRule, answer: ItemAnswer | undefined): number {
  if (!answer) return 0;
  switch (item.kind) {
    case "yes_no":
      return answer.passed === false ? 1 : 0;
    case "measurement":
      return defectsFromMeasurements(answer.measurements ?? [], item.minValue, item.maxValue);
    case "defect_count":
      return answer.defectCount ?? 0;
    default:
      return 0;
  }
}

export function defectCounts(items: readonly ChecklistItemRule[], answers: ReadonlyMap<string, ItemAnswer>): DefectCounts {
  const counts = Object.fromEntries(DEFECT_CLASSES.map((c) => [c, 0])) as DefectCounts;
  for (const item of items) {
    if (item.defectClass) counts[item.defectClass] += defectsOf(item, answers.get(item.id));
  }
  return counts;
}
