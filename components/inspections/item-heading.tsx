import { useTranslations } from "next-intl";
import type { LocalChecklistItem } from "@/lib/inspections/item-text";

/** An item's number, label and the defect class it counts towards. */
export function ItemHeading({ index, item }: { index: number; item: LocalChecklistItem }) {
  const t = useTranslations("inspections");
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <h3 id={`result-${index}-label`} className="text-lg font-semibold">
        {index + 1}. {item.label}
      </h3>
      <span className="rounded-full bg-stone-100 px-2.5 py-0.5 text-sm text-stone-700">
        {item.defectClass ? t(`defectClasses.${item.defectClass}`) : t("item.evidence")}
      </span>
    </div>
  );
}
