"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { controlClass } from "@/components/ui/field";

export type VersionComparison = {
  version: number;
  previous: number;
  changes: { path: string; label: string; before: string | null; after: string | null }[];
};

/** Side by side: what each changed field said in the version before and in the chosen version. */
export function VersionDiff({ comparisons }: { comparisons: VersionComparison[] }) {
  const t = useTranslations("reviews.diff");
  const id = useId();
  const [chosen, setChosen] = useState(comparisons[0]?.version);
  const shown = comparisons.find((c) => c.version === chosen) ?? comparisons[0];
  const cell = (value: string | null) => (value === null ? <span className="text-stone-500">{t("empty")}</span> : value);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3" data-testid="review-diff">
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t("title")}
      </h3>
      {!shown ? <p className="text-stone-600">{t("single")}</p> : null}
      {comparisons.length > 1 ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-compare`} className="block text-sm font-medium text-stone-800">
            {t("compare")}
          </label>
          <select id={`${id}-compare`} className={controlClass} value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
            {comparisons.map((c) => (
              <option key={c.version} value={c.version}>
                {t("option", { previous: c.previous, version: c.version })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {shown && shown.changes.length === 0 ? <p className="text-stone-600">{t("none")}</p> : null}
      {shown && shown.changes.length > 0 ? (
        <div className="overflow-hidden rounded-md border border-stone-200 bg-white">
          <div aria-hidden="true" className="hidden grid-cols-2 gap-4 border-b border-stone-200 bg-stone-50 px-4 py-2 text-sm font-semibold sm:grid">
            <span>{t("column", { version: shown.previous })}</span>
            <span>{t("column", { version: shown.version })}</span>
          </div>
          <dl className="divide-y divide-stone-200">
            {shown.changes.map((change) => (
              <div key={change.path} className="space-y-2 px-4 py-3">
                <dt className="text-sm font-medium text-stone-700">{change.label}</dt>
                <dd className="grid grid-cols-1 gap-2 sm:grid-cols-2 sm:gap-4">
                  <p className="rounded bg-red-50 px-2 py-1 break-words whitespace-pre-line">
                    <span className="block text-xs text-stone-600 sm:sr-only">{t("column", { version: shown.previous })}</span>
                    {cell(change.before)}
                  </p>
                  <p className="rounded bg-emerald-50 px-2 py-1 break-words whitespace-pre-line">
                    <span className="block text-xs text-stone-600 sm:sr-only">{t("column", { version: shown.version })}</span>
                    {cell(change.after)}
                  </p>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </section>
  );
}
