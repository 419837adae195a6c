"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { proposeIdeaAction, updateIdeaAction } from "@/app/(app)/ideas/actions";
import { TextField } from "@/components/catalog/form-fields";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { PhotoPicker } from "@/components/uploads/photo-picker";
import type { IdeaFormOptions } from "@/lib/ideas/form-options";
import { toIdeaInput } from "@/lib/ideas/form-values";
import { MAX_IDEA_PHOTOS } from "@/lib/ideas/options";
import { ideaFormSchema, type IdeaFormInput } from "@/lib/ideas/schemas";
import { IdeaMarketFields } from "./idea-market-fields";
import { IdeaPlaceFields } from "./idea-place-fields";
import { TextAreaField } from "./text-area-field";

type Props = {
  options: Pick<IdeaFormOptions, "villages" | "groups">;
  initial: IdeaFormInput;
  /** Present when changing a saved idea: its id, photos and the `updatedAt` the form was opened with. */
  edit?: { ideaId: string; updatedAt: string; photos: { id: string; url: string }[] };
};

/** Proposes a product idea, or changes one that is not yet decided. */
export function IdeaForm({ options, initial, edit }: Props) {
  const t = useTranslations("ideas");
  const router = useRouter();
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<IdeaFormInput>({ resolver: zodResolver(ideaFormSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const [done, setDone] = useState(false);
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    const input = toIdeaInput(values);
    const saved = await submit(() => (edit ? updateIdeaAction(edit.ideaId, { ...input, expectedUpdatedAt: edit.updatedAt }) : proposeIdeaAction(input)));
    if (!saved) return;
    setDone(true);
    router.push(`/ideas/${saved.id}?done=saved`);
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-2xl space-y-5">
      <FailureAlert failure={failure} />
      <TextField id="name" label={t("fields.name")} error={errors.name?.message} registration={register("name")} autoComplete="off" />
      <IdeaPlaceFields options={options} register={register} control={control} errors={errors} />
      <TextAreaField id="localMaterials" label={t("fields.localMaterials")} hint={t("form.localMaterialsHint")} error={errors.localMaterials?.message} registration={register("localMaterials")} />
      <TextAreaField id="technique" label={t("fields.technique")} hint={t("form.techniqueHint")} error={errors.technique?.message} registration={register("technique")} />
      <IdeaMarketFields register={register} control={control} errors={errors} />
      <PhotoPicker
        name="photoFileIds"
        purpose="idea_photo"
        max={MAX_IDEA_PHOTOS}
        label={t("fields.photos")}
        initial={edit?.photos}
        onChange={(ids) => setValue("photoFileIds", ids)}
        error={errors.photoFileIds?.message}
      />
      <TextAreaField id="notes" label={t("fields.notes")} hint={t("form.notesHint")} error={errors.notes?.message} registration={register("notes")} />
      <Button type="submit" disabled={isSubmitting || done}>
        {isSubmitting ? t("form.saving") : edit ? t("form.save") : t("form.propose")}
      </Button>
    </form>
  );
}
