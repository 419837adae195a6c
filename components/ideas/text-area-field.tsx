"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { MAX_IDEA_TEXT } from "@/lib/ideas/schemas";

type Props = { id: string; label: string; hint?: string; error?: string; registration: UseFormRegisterReturn; rows?: number };

/** A labelled text area bound to a react-hook-form field, its error translated. */
export function TextAreaField({ id, label, hint, error, registration, rows = 3 }: Props) {
  const errorText = useErrorText();
  return (
    <Field id={id} label={label} hint={hint} error={errorText(error)}>
      <textarea {...controlProps(id, error, hint)} rows={rows} maxLength={MAX_IDEA_TEXT} {...registration} />
    </Field>
  );
}
