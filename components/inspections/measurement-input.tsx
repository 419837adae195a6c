"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { controlClass } from "@/components/ui/field";
import { defectsFromMeasurements } from "@/lib/qc/decision";
import { parseMeasurements } from "@/lib/inspections/parse-measurements";
import type { LocalChecklistItem } from "@/lib/inspections/item-text";
import { readingsError, type InspectionFormValues } from "./form-values";

type Props = { index: number; item: LocalChecklistItem; tolerance: string | null; describedBy?: string; invalid: boolean };

/** Several readings in one box, with a running count of how many are out of tolerance. */
export function MeasurementInput({ index, item, tolerance, describedBy, invalid }: Props) {
  const t = useTranslations("inspections.item");
  const { register, control, clearErrors } = useFormContext<InspectionFormValues>();
  const name = `results.${index}.measurements` as const;
  const { values } = parseMeasurements(useWatch({ control, name }) ?? "");
  const outside = defectsFromMeasurements(values, item.minValue, item.maxValue);
  return (
    <div className="space-y-2">
      <p id={`result-${index}-hint`} className="text-sm text-stone-600">
        {t("measurementsHint")}
      </p>
      <textarea
        id={`result-${index}`}
        rows={2}
        className={controlClass}
        aria-labelledby={`result-${index}-label`}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, `result-${index}-hint`].filter(Boolean).join(" ")}
        {...register(name, { validate: readingsError, onChange: () => clearErrors(`results.${index}`) })}
      />
      <p className="text-sm font-medium" aria-live="polite" data-testid={`result-${index}-measured`}>
        {t("measured", { count: values.length })}
        {tolerance ? ` · ${t("outside", { count: outside, value: tolerance })}` : null}
      </p>
    </div>
  );
}
