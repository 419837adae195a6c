"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { LINE_AQL_CHOICES } from "@/lib/catalog/options";
import type { SaveLineInput } from "@/lib/catalog/schemas";
import { INSPECTION_LEVELS } from "@/lib/qc/sampling";
import { SelectField } from "./form-fields";

/** The line's ISO 2859-1 settings: inspection level and an AQL per defect class. */
export function LineQualityFields({ register, errors }: { register: UseFormRegister<SaveLineInput>; errors: FieldErrors<SaveLineInput> }) {
  const t = useTranslations("catalog");
  const format = useFormatter();
  const aqlOptions = LINE_AQL_CHOICES.map((value) => ({ value: String(value), label: format.number(value) }));
  return (
    <fieldset className="space-y-4 rounded-md border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">{t("quality")}</legend>
      <SelectField
        id="inspectionLevel"
        label={t("inspectionLevel")}
        hint={t("inspectionLevelHint")}
        error={errors.inspectionLevel?.message}
        registration={register("inspectionLevel")}
        options={INSPECTION_LEVELS.map((level) => ({ value: level, label: level }))}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        {(["aqlCritical", "aqlMajor", "aqlMinor"] as const).map((field) => (
          <SelectField key={field} id={field} label={t(field)} hint={t("aqlHint")} error={errors[field]?.message} registration={register(field)} options={aqlOptions} />
        ))}
      </div>
    </fieldset>
  );
}
