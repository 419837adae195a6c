import { useLocale, useTranslations } from "next-intl";
import type { ChecklistItem } from "@/lib/checklists/checklist-version";
import { itemGuidance, itemLabel } from "@/lib/checklists/item-text";
import type { Locale } from "@/lib/i18n/locales";
import { DefectClassBadge } from "./defect-class-badge";

function useRangeText() {
  const t = useTranslations("checklists");
  const range = (min: number | null, max: number | null) => {
    if (min !== null && max !== null) return t("rangeBoth", { min, max });
    if (min !== null) return t("rangeMin", { min });
    return max !== null ? t("rangeMax", { max }) : "";
  };
  return (item: ChecklistItem) => `${range(item.minValue, item.maxValue)} ${item.unit ?? ""}`.trim();
}

/** A checklist version's items in order, as inspectors read them, in the reader's language. */
export function ChecklistItemsView({ items }: { items: ChecklistItem[] }) {
  const t = useTranslations("checklists");
  const locale = useLocale() as Locale;
  const rangeText = useRangeText();
  return (
    <ol className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="checklist-items">
      {items.map((item) => {
        const guidance = itemGuidance(item, locale);
        return (
          <li key={item.id} className="space-y-1 px-4 py-3">
            <p className="font-medium">
              <span className="text-stone-500">{item.position}. </span>
              {itemLabel(item, locale)}
            </p>
            <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
              <span>{t(`kinds.${item.kind}`)}</span>
              {item.defectClass ? <DefectClassBadge defectClass={item.defectClass} /> : null}
              {item.kind === "measurement" ? <span>{rangeText(item)}</span> : null}
            </p>
            {guidance ? <p className="text-sm text-stone-600">{guidance}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
