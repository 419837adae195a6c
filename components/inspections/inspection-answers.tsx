import { useTranslations } from "next-intl";
import type { InspectionDetails } from "@/lib/inspections/get-inspection";
import { toleranceText, type LocalChecklistItem } from "@/lib/inspections/item-text";
import { defectsFromMeasurements } from "@/lib/qc/decision";
import { fileUrl } from "@/lib/uploads/file-url";
import { ItemHeading } from "./item-heading";

type Result = InspectionDetails["results"][number];

function Answer({ item, result }: { item: LocalChecklistItem; result: Result | undefined }) {
  const t = useTranslations("inspections");
  const none = <p className="text-stone-500">{t("item.notAnswered")}</p>;
  switch (item.kind) {
    case "yes_no":
      return result?.passed == null ? none : <p className="font-medium">{result.passed ? t("item.yes") : t("item.no")}</p>;
    case "measurement": {
      const values = result?.measurements ?? [];
      if (values.length === 0) return none;
      const tolerance = toleranceText(item);
      const outside = defectsFromMeasurements(values, item.minValue, item.maxValue);
      return (
        <div>
          <p className="font-medium break-words">
            {values.join(" · ")}
            {item.unit ? ` ${item.unit}` : ""}
          </p>
          <p className="text-sm text-stone-600">
            {t("item.measured", { count: values.length })}
            {tolerance ? ` · ${t("item.outside", { count: outside, value: tolerance })}` : null}
          </p>
        </div>
      );
    }
    case "defect_count":
      return result?.defectCount == null ? none : <p className="font-medium">{t("tally.defects", { count: result.defectCount })}</p>;
    case "text":
      return result?.note ? <p className="whitespace-pre-line">{result.note}</p> : none;
    case "photo":
      if (!result?.photoIds.length) return none;
      return (
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-6">
          {result.photoIds.map((id, n) => (
            <li key={id}>
              <a href={fileUrl(id)} className="block overflow-hidden rounded-md border border-stone-200 bg-white">
                {/* Inspection photos are resized in the browser and served by our own files route. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={fileUrl(id)} alt={`${item.label}: ${t("review.photo", { count: n + 1 })}`} loading="lazy" className="aspect-square w-full object-cover" />
              </a>
            </li>
          ))}
        </ul>
      );
  }
}

/** The checklist with the answers saved, read-only, each with the defects it counted. */
export function InspectionAnswers({ items, results }: { items: LocalChecklistItem[]; results: InspectionDetails["results"] }) {
  const t = useTranslations("inspections");
  const byItem = new Map(results.map((r) => [r.itemId, r]));
  return (
    <section aria-labelledby="answers-title" className="space-y-3">
      <h2 id="answers-title" className="text-lg font-semibold">
        {t("review.title")}
      </h2>
      <ol className="space-y-3">
        {items.map((item, index) => {
          const result = byItem.get(item.id);
          return (
            <li key={item.id} className="space-y-2 rounded-md border border-stone-200 bg-white p-4" data-testid="answer">
              <ItemHeading index={index} item={item} />
              <Answer item={item} result={result} />
              {item.defectClass && item.kind !== "defect_count" && result && result.defects > 0 ? (
                <p className="text-sm font-medium text-red-800">{t("tally.defects", { count: result.defects })}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
