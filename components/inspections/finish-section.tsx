"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { cn } from "@/components/ui/cn";
import { isOverride, OUTCOMES } from "@/lib/inspections/outcome";
import type { Decision } from "@/lib/qc/decision";
import type { InspectionFormValues } from "./form-values";

/** The inspector's decision: outcome, the quantity kept after sorting, and the reasons it needs. */
export function FinishSection({ computed, lotSize }: { computed: Decision; lotSize: number }) {
  const t = useTranslations("inspections.finish");
  const tOutcome = useTranslations("outcome");
  const errorText = useErrorText();
  const { register, control, formState } = useFormContext<InspectionFormValues>();
  const { errors } = formState;
  const outcome = useWatch({ control, name: "outcome" });
  const override = outcome !== "" && isOverride(computed, outcome);
  return (
    <section aria-labelledby="finish-title" className="space-y-4 rounded-md border border-stone-200 bg-white p-4">
      <h2 id="finish-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <fieldset role="radiogroup" aria-labelledby="outcome-label" aria-describedby={errors.outcome ? "outcome-error" : undefined} className="space-y-2">
        <legend id="outcome-label" className="text-sm font-medium text-stone-800">
          {t("outcome")}
        </legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {OUTCOMES.map((value) => (
            <label
              key={value}
              className={cn(
                "flex min-h-12 cursor-pointer items-center gap-3 rounded-md border-2 border-stone-300 bg-white px-4 font-medium",
                "has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              )}
            >
              <input type="radio" value={value} className="size-5 accent-brand-600" {...register("outcome")} />
              {tOutcome(value)}
            </label>
          ))}
        </div>
        <p id="outcome-error" aria-live="polite" className="text-sm text-red-700" data-testid="outcome-error">
          {errorText(errors.outcome?.message)}
        </p>
      </fieldset>
      {outcome === "partially_accept" ? (
        <Field id="acceptedQuantity" label={t("acceptedQuantity")} hint={t("acceptedQuantityHint", { count: lotSize })} error={errorText(errors.acceptedQuantity?.message)}>
          <input
            {...controlProps("acceptedQuantity", errors.acceptedQuantity?.message, t("acceptedQuantityHint", { count: lotSize }))}
            type="number"
            inputMode="numeric"
            min={1}
            max={lotSize - 1}
            {...register("acceptedQuantity")}
          />
        </Field>
      ) : null}
      {override ? (
        <Field id="overrideReason" label={t("overrideReason")} hint={t("overrideHint")} error={errorText(errors.overrideReason?.message)}>
          <textarea {...controlProps("overrideReason", errors.overrideReason?.message, t("overrideHint"))} rows={3} maxLength={1000} {...register("overrideReason")} />
        </Field>
      ) : null}
      <Field id="remarks" label={t("remarks")} hint={t("remarksHint")} error={errorText(errors.remarks?.message)}>
        <textarea {...controlProps("remarks", errors.remarks?.message, t("remarksHint"))} rows={3} maxLength={2000} {...register("remarks")} />
      </Field>
    </section>
  );
}
