"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { saveLineAction } from "@/app/(app)/catalog/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { CATALOG_STATUSES, LINE_CATEGORIES, UNITS } from "@/lib/catalog/options";
import { saveLineSchema, type SaveLineInput } from "@/lib/catalog/schemas";
import { NameFields, SelectField, TextField } from "./form-fields";
import { LineQualityFields } from "./line-quality-fields";
import { MaterialChecklist, type MaterialOption } from "./material-checklist";

/** Adds a product line (no id) or edits one; its code is read-only once batches carry it. */
export function LineForm({ initial, codeLocked, materials }: { initial: SaveLineInput; codeLocked: boolean; materials: MaterialOption[] }) {
  const t = useTranslations("catalog");
  const router = useRouter();
  const { register, handleSubmit, setError, control, formState } = useForm<SaveLineInput>({ resolver: zodResolver(saveLineSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    const saved = await submit(() => saveLineAction(values));
    if (saved) router.push(`/catalog/lines/${saved.id}`);
  });
  const options = (values: readonly string[], group: "categories" | "units" | "statuses") => values.map((value) => ({ value, label: t(`${group}.${value}` as never) }));
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-3xl space-y-6">
      <FailureAlert failure={failure} />
      <TextField
        id="code"
        label={t("code")}
        hint={codeLocked ? t("codeLockedHint") : t("codeHint")}
        error={errors.code?.message}
        registration={register("code")}
        readOnly={codeLocked}
        autoCapitalize="characters"
        autoComplete="off"
      />
      <NameFields register={(field) => register(field)} errorOf={(field) => errors[field]?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="category" label={t("category")} error={errors.category?.message} registration={register("category")} options={options(LINE_CATEGORIES, "categories")} />
        <SelectField id="unit" label={t("unit")} error={errors.unit?.message} registration={register("unit")} options={options(UNITS, "units")} />
      </div>
      <TextField id="hsCode" label={t("hsCode")} hint={t("hsCodeHint")} error={errors.hsCode?.message} registration={register("hsCode")} inputMode="decimal" autoComplete="off" />
      <SelectField id="status" label={t("status")} hint={t("statusHint")} error={errors.status?.message} registration={register("status")} options={options(CATALOG_STATUSES, "statuses")} />
      <LineQualityFields register={register} errors={errors} />
      <Controller
        control={control}
        name="materialIds"
        render={({ field, fieldState }) => <MaterialChecklist materials={materials} value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
