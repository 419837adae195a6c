"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import type { InspectionFormValues } from "./form-values";

/** A defect count with large − and + buttons beside the box. */
export function DefectCountInput({ index, label, describedBy, invalid }: { index: number; label: string; describedBy?: string; invalid: boolean }) {
  const t = useTranslations("inspections.item");
  const { register, getValues, setValue, clearErrors } = useFormContext<InspectionFormValues>();
  const name = `results.${index}.defectCount` as const;
  const step = (by: number) => {
    const current = Number(getValues(name));
    const next = Math.max(0, (Number.isInteger(current) ? current : 0) + by);
    setValue(name, String(next), { shouldDirty: true });
    clearErrors([`results.${index}`, name]);
  };
  return (
    <div className="flex items-stretch gap-2">
      <Button type="button" variant="secondary" className="min-w-14 text-2xl" onClick={() => step(-1)} aria-label={t("decrease", { name: label })}>
        −
      </Button>
      <input
        id={`result-${index}`}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        className={`${controlClass} max-w-32 text-center text-lg`}
        aria-labelledby={`result-${index}-label`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        {...register(name, { onChange: () => clearErrors([`results.${index}`, name]) })}
      />
      <Button type="button" variant="secondary" className="min-w-14 text-2xl" onClick={() => step(1)} aria-label={t("increase", { name: label })}>
        +
      </Button>
    </div>
  );
}
