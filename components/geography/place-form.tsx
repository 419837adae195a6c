"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { savePlaceAction } from "@/app/(app)/settings/geography/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { savePlaceSchema, type SavePlaceInput } from "@/lib/geography/schemas";

const LANGS = [
  ["nameKy", "Кыргызча"],
  ["nameRu", "Русский"],
  ["nameEn", "English"],
] as const;

/** Adds a place (no id) or renames one; the three names side by side on wide screens. */
export function PlaceForm({ initial, label }: { initial: SavePlaceInput; label: string }) {
  const t = useTranslations("geography");
  const errorText = useErrorText();
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<SavePlaceInput>({ resolver: zodResolver(savePlaceSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const prefix = `${initial.kind}-${initial.id ?? `new-${initial.parentId ?? "top"}`}`;
  const onSubmit = handleSubmit(async (values) => {
    if (!(await submit(() => savePlaceAction(values)))) return;
    if (!initial.id) reset(initial);
    router.refresh();
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-2" aria-label={label}>
      <FailureAlert failure={failure} />
      <div className="grid gap-2 sm:grid-cols-3">
        {LANGS.map(([field, language]) => (
          <Field key={field} id={`${prefix}-${field}`} label={language} error={errorText(formState.errors[field]?.message)}>
            <input {...controlProps(`${prefix}-${field}`, formState.errors[field]?.message)} {...register(field)} />
          </Field>
        ))}
      </div>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {initial.id ? t("rename") : label}
      </Button>
    </form>
  );
}
