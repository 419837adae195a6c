"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { SaveProductInput } from "@/lib/catalog/schemas";
import { TextField } from "./form-fields";

const SPECS = ["lengthMm", "widthMm", "heightMm", "sizeToleranceMm", "weightG", "weightToleranceG"] as const;

/** Dimensions, weight and their tolerances, the measurements an inspection checks against. */
export function ProductSpecFields({ register, errors }: { register: UseFormRegister<SaveProductInput>; errors: FieldErrors<SaveProductInput> }) {
  const t = useTranslations("catalog");
  return (
    <fieldset className="space-y-3 rounded-md border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">{t("specs")}</legend>
      <p className="text-sm text-stone-600">{t("specsHint")}</p>
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {SPECS.map((field) => (
          <TextField key={field} id={field} label={t(field)} error={errors[field]?.message} registration={register(field)} inputMode="numeric" autoComplete="off" />
        ))}
      </div>
    </fieldset>
  );
}
