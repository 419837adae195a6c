"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { updateLabelDesignAction } from "@/app/(app)/labels/[id]/actions";
import { controlProps, Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { DocumentPicker, type PickedDocument } from "@/components/uploads/document-picker";
import { toUpdateInput, type LabelFormValues } from "@/lib/labels/form-values";
import type { LabelLanguage, LabelStatus } from "@/lib/labels/label-fields";
import { MAX_ARTWORK_FILES } from "@/lib/labels/schemas";
import { CareSymbolFields } from "./care-symbol-fields";
import { LabelLanguageFields } from "./label-language-fields";
import { SubmitDesignButton } from "./submit-design-button";

type Props = {
  design: { id: string; status: LabelStatus; updatedAt: string; artwork: PickedDocument[] };
  initial: LabelFormValues;
  /** Languages in the order the market reads them; `marketLanguages` are the ones it requires. */
  languages: LabelLanguage[];
  marketLanguages: LabelLanguage[];
  /** Failing required checks from the last save by "<language>.<field>", "ean13" or "careSymbols". */
  findings: Record<string, string>;
  blockedBy: number;
  canSubmit: boolean;
};

/** Edits a design's texts per language, barcode, care symbols and artwork; saving recomputes the checklist. */
export function LabelEditor({ design, initial, languages, marketLanguages, findings, blockedBy, canSubmit }: Props) {
  const t = useTranslations("labels");
  const router = useRouter();
  const { register, handleSubmit, setError, setValue, reset, control, formState } = useForm<LabelFormValues>({ defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const [updatedAt, setUpdatedAt] = useState(design.updatedAt);
  const [saved, setSaved] = useState(false);
  const careSymbols = useWatch({ control, name: "careSymbols" });
  const { errors, isSubmitting, isDirty } = formState;
  const reviewOpen = design.status === "in_review" || design.status === "changes_requested";

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    const result = await submit(() => updateLabelDesignAction(design.id, toUpdateInput(values, updatedAt)));
    if (!result) return;
    setUpdatedAt(result.updatedAt);
    reset(values);
    setSaved(true);
    router.refresh();
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-5" data-testid="label-editor" onChange={() => setSaved(false)}>
      <FailureAlert failure={failure} />
      {languages.map((language) => (
        <LabelLanguageFields key={language} language={language} marketLanguage={marketLanguages.includes(language)} register={register} findings={findings} />
      ))}
      <div className="rounded-md border border-stone-200 bg-white p-4">
        <Field id="ean13" label={t("fields.ean13")} hint={t("fieldHints.ean13")} error={findings.ean13}>
          <input type="text" inputMode="numeric" autoComplete="off" maxLength={20} {...controlProps("ean13", findings.ean13, t("fieldHints.ean13"))} {...register("ean13")} />
        </Field>
      </div>
      <CareSymbolFields register={register} finding={findings.careSymbols} chosen={careSymbols.length} />
      <div className="rounded-md border border-stone-200 bg-white p-4">
        <DocumentPicker
          name="artworkFileIds"
          purpose="label_artwork"
          max={MAX_ARTWORK_FILES}
          initial={design.artwork}
          onChange={(ids) => setValue("artworkFileIds", ids, { shouldDirty: true })}
          error={errors.artworkFileIds?.message}
        />
      </div>
      {reviewOpen ? <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{t("editor.reviewEditWarning")}</p> : null}
      {saved ? <Alert tone="success">{t("editor.saved")}</Alert> : null}
      <div className="flex flex-wrap items-start gap-4">
        <Button type="submit" disabled={isSubmitting || !isDirty} variant={canSubmit ? "secondary" : "primary"}>
          {isSubmitting ? t("editor.saving") : t("editor.save")}
        </Button>
        {canSubmit ? <SubmitDesignButton designId={design.id} blockedBy={blockedBy} unsaved={isDirty} /> : null}
      </div>
    </form>
  );
}
