"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import type { InspectionFormValues } from "./form-values";

const tones = {
  yes: "has-[:checked]:border-emerald-700 has-[:checked]:bg-emerald-50",
  no: "has-[:checked]:border-red-700 has-[:checked]:bg-red-50",
} as const;

/** Pass or fail as two large radio buttons, easy to hit with a thumb or a gloved finger. */
export function YesNoInput({ index, describedBy, invalid }: { index: number; describedBy?: string; invalid: boolean }) {
  const t = useTranslations("inspections.item");
  const { register, clearErrors } = useFormContext<InspectionFormValues>();
  return (
    <fieldset role="radiogroup" aria-labelledby={`result-${index}-label`} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <div className="grid grid-cols-2 gap-3">
        {(["yes", "no"] as const).map((value) => (
          <label
            key={value}
            className={cn(
              "flex min-h-14 cursor-pointer items-center justify-center gap-3 rounded-md border-2 border-stone-300 bg-white px-4 text-lg font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              tones[value],
            )}
          >
            <input type="radio" value={value} className="size-5 accent-brand-600" {...register(`results.${index}.passed`, { onChange: () => clearErrors(`results.${index}`) })} />
            {t(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
