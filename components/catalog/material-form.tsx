"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { saveMaterialAction } from "@/app/(app)/catalog/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { MATERIAL_KINDS, MATERIAL_STATUSES } from "@/lib/catalog/options";
import { saveMaterialSchema, type SaveMaterialInput } from "@/lib/catalog/schemas";
import { NameFields, SelectField, TextField } from "./form-fields";

// A colour input cannot be empty; a material becoming a dye starts from this grey.
const NEUTRAL_SWATCH = "#808080";

/** Adds a material (no id) or edits one; the colour a material gives is asked for dyes only. */
export function MaterialForm({ initial, regions }: { initial: SaveMaterialInput; regions: { id: string; name: string }[] }) {
  const t = useTranslations("catalog");
  const router = useRouter();
  const { register, handleSubmit, setError, control, formState } = useForm<SaveMaterialInput>({ resolver: zodResolver(saveMaterialSchema), defaultValues: { ...initial, colourHex: initial.colourHex || NEUTRAL_SWATCH } });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: "kind" });
  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => saveMaterialAction(values))) router.push(`/catalog/materials?kind=${values.kind}`);
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-3xl space-y-6">
      <FailureAlert failure={failure} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="code" label={t("code")} error={errors.code?.message} registration={register("code")} autoCapitalize="characters" autoComplete="off" />
        <SelectField
          id="kind"
          label={t("materials.kind")}
          error={errors.kind?.message}
          registration={register("kind")}
          options={MATERIAL_KINDS.map((value) => ({ value, label: t(`materials.kinds.${value}`) }))}
        />
      </div>
      <NameFields register={(field) => register(field)} errorOf={(field) => errors[field]?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="plantSource" label={t("materials.plantSource")} hint={t("materials.plantSourceHint")} error={errors.plantSource?.message} registration={register("plantSource")} lang="la" />
        <SelectField
          id="regionId"
          label={t("materials.region")}
          error={errors.regionId?.message}
          registration={register("regionId")}
          options={[{ value: "", label: t("materials.noRegion") }, ...regions.map((r) => ({ value: r.id, label: r.name }))]}
        />
      </div>
      {kind === "dye" ? (
        <fieldset className="space-y-4 rounded-md border border-stone-200 bg-white p-4">
          <legend className="px-1 font-semibold">{t("materials.colour")}</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            {(["colourKy", "colourRu", "colourEn"] as const).map((field) => (
              <TextField key={field} id={field} label={t(`materials.${field}`)} error={errors[field]?.message} registration={register(field)} />
            ))}
          </div>
          <TextField id="colourHex" type="color" label={t("materials.colourHex")} error={errors.colourHex?.message} registration={register("colourHex")} className="h-11 w-24 rounded-md border border-stone-300 bg-white p-1" />
        </fieldset>
      ) : null}
      <SelectField
        id="status"
        label={t("status")}
        error={errors.status?.message}
        registration={register("status")}
        options={MATERIAL_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
