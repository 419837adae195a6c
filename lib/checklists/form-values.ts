import type { ChecklistItem } from "./checklist-version";
import type { ChecklistItemInput } from "./schemas";

/** A stored item as the editor's form holds it: empty boxes for what is not set. */
export function itemFormValues(item: ChecklistItem): ChecklistItemInput {
  return {
    kind: item.kind,
    defectClass: item.defectClass ?? "",
    labelKy: item.labelKy,
    labelRu: item.labelRu,
    labelEn: item.labelEn,
    guidanceKy: item.guidanceKy,
    guidanceRu: item.guidanceRu,
    guidanceEn: item.guidanceEn,
    minValue: item.minValue ?? "",
    maxValue: item.maxValue ?? "",
    unit: item.unit ?? "",
  };
}

export function blankItem(): ChecklistItemInput {
  return {
    kind: "yes_no",
    defectClass: "",
    labelKy: "",
    labelRu: "",
    labelEn: "",
    guidanceKy: "",
    guidanceRu: "",
    guidanceEn: "",
    minValue: "",
    maxValue: "",
    unit: "",
  };
}
