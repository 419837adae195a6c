"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

type Common = { id: string; label: string; hint?: string; error?: string; registration: UseFormRegisterReturn };

/** A labelled text box bound to a react-hook-form field, its error translated. */
export function TextField({ id, label, hint, error, registration, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const errorText = useErrorText();
  return (
    <Field id={id} label={label} hint={hint} error={errorText(error)}>
      <input {...controlProps(id, error, hint)} {...input} {...registration} />
    </Field>
  );
}

/** A labelled select bound to a react-hook-form field. */
export function SelectField({ id, label, hint, error, registration, options }: Common & { options: { value: string; label: string }[] }) {
  const errorText = useErrorText();
  return (
    <Field id={id} label={label} hint={hint} error={errorText(error)}>
      <select {...controlProps(id, error, hint)} {...registration}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

type NameField = "nameKy" | "nameRu" | "nameEn";

/** The three names of a record, side by side on wide screens. */
export function NameFields({ register, errorOf }: { register: (field: NameField) => UseFormRegisterReturn; errorOf: (field: NameField) => string | undefined }) {
  const t = useTranslations("catalog");
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      {(["nameKy", "nameRu", "nameEn"] as const).map((field) => (
        <TextField key={field} id={field} label={t(field)} error={errorOf(field)} registration={register(field)} />
      ))}
    </div>
  );
}
