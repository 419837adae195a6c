"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ChecklistDraftInput } from "@/lib/checklists/schemas";

/** The tolerance of a measurement item: minimum, maximum (one may stay empty) and unit. */
export function MeasurementFields({ index }: { index: number }) {
  const t = useTranslations("checklists.editor");
  const errorText = useErrorText();
  const { register, formState } = useFormContext<ChecklistDraftInput>();
  const errors = formState.errors.items?.[index];
  const hintId = `items-${index}-range-hint`;
  const bound = (name: "minValue" | "maxValue") => {
    const id = `items-${index}-${name}`;
    const message = errors?.[name]?.message;
    const props = controlProps(id, message);
    return (
      <Field id={id} label={t(name)} error={errorText(message)}>
        <input
          {...props}
          aria-describedby={props["aria-describedby"] ?? hintId}
          type="number"
          step="any"
          inputMode="decimal"
          {...register(`items.${index}.${name}`)}
        />
      </Field>
    );
  };
  const unitId = `items-${index}-unit`;
  return (
    <div className="space-y-1">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {bound("minValue")}
        {bound("maxValue")}
        <Field id={unitId} label={t("unit")} error={errorText(errors?.unit?.message)}>
          <input {...controlProps(unitId, errors?.unit?.message)} type="text" autoComplete="off" {...register(`items.${index}.unit`)} />
        </Field>
      </div>
      <p id={hintId} className="text-sm text-stone-600">
        {t("rangeHint")}
      </p>
    </div>
  );
}
