import { localName, type Locale } from "@/lib/i18n/locales";
import type { ChecklistItemRule } from "./item-defects";

type ItemWithTexts = ChecklistItemRule & {
  position: number;
  unit: string | null;
  labelEn: string;
  labelRu: string;
  labelKy: string;
  guidanceEn: string;
  guidanceRu: string;
  guidanceKy: string;
};

/** A checklist item as the screen shows it: its rule, with label and guidance in the reader's language. */
export type LocalChecklistItem = ChecklistItemRule & { position: number; unit: string | null; label: string; guidance: string };

export function localItems(items: readonly ItemWithTexts[], locale: Locale): LocalChecklistItem[] {
  return items.map((item) => ({
    id: item.id,
    position: item.position,
    kind: item.kind,
    defectClass: item.defectClass,
    minValue: item.minValue,
    maxValue: item.maxValue,
    unit: item.unit,
    label: localName({ nameEn: item.labelEn, nameRu: item.labelRu, nameKy: item.labelKy }, locale),
    guidance: localName({ nameEn: item.guidanceEn, nameRu: item.guidanceRu, nameKy: item.guidanceKy }, locale),
  }));
}

/** The tolerance of a measurement item as text ("95 … 105 mm", "≥ 3 mm"), or null when it has none. */
export function toleranceText(item: Pick<ChecklistItemRule, "minValue" | "maxValue"> & { unit: string | null }): string | null {
  const { minValue: min, maxValue: max } = item;
  const range = min !== null && max !== null ? `${min} … ${max}` : min !== null ? `≥ ${min}` : max !== null ? `≤ ${max}` : null;
  return range && item.unit ? `${range} ${item.unit}` : range;
}
