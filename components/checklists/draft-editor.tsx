"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useFieldArray, useForm } from "react-hook-form";
import { publishDraftAction, saveDraftAction } from "@/app/(app)/catalog/lines/[id]/checklist/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { blankItem } from "@/lib/checklists/form-values";
import { checklistPath } from "@/lib/checklists/paths";
import { checklistDraftSchema, MAX_CHECKLIST_ITEMS, type ChecklistDraftData, type ChecklistDraftInput, type ChecklistItemInput } from "@/lib/checklists/schemas";
import { ItemCard } from "./item-card";

// After a move or removal the pressed button is gone or elsewhere: keep the keyboard user in place.
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

type Props = { lineId: string; templateId: string; version: number; initialItems: ChecklistItemInput[] };

/** The draft version's items: edit, add, remove and reorder them, save the draft or publish it. */
export function DraftEditor({ lineId, templateId, version, initialItems }: Props) {
  const t = useTranslations("checklists.editor");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useForm<ChecklistDraftInput, unknown, ChecklistDraftData>({
    resolver: zodResolver(checklistDraftSchema),
    defaultValues: { items: initialItems },
  });
  const { control, handleSubmit, setError, formState } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: "items" });
  const { failure, submit } = useActionForm(setError);
  const [saved, setSaved] = useState(false);
  const [published, setPublished] = useState(false);

  const moveItem = (from: number, to: number) => {
    move(from, to);
    const direction = to < from ? "up" : "down";
    const atEnd = direction === "up" ? to === 0 : to === fields.length - 1;
    focusSoon(`items-${to}-${atEnd ? (direction === "up" ? "down" : "up") : direction}`);
  };
  const removeItem = (index: number) => {
    remove(index);
    const left = fields.length - 1;
    focusSoon(left === 0 ? "add-item" : `items-${Math.min(index, left - 1)}-kind`);
  };

  const save = handleSubmit(async ({ items }) => {
    setSaved(false);
    if (await submit(() => saveDraftAction(templateId, items))) setSaved(true);
  });
  const publish = handleSubmit(async ({ items }) => {
    setSaved(false);
    if (!window.confirm(t("confirmPublish", { value: version }))) return;
    const result = await submit(() => publishDraftAction(templateId, items));
    if (!result) return;
    setPublished(true);
    router.push(`${checklistPath(lineId)}?published=${result.version}`);
  });
  const busy = formState.isSubmitting || published;
  const listError = formState.errors.items?.message ?? formState.errors.items?.root?.message;

  return (
    <FormProvider {...form}>
      <form onSubmit={(e) => void save(e)} noValidate className="space-y-4">
        <FailureAlert failure={failure} />
        {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
        {fields.length === 0 ? <p className="text-stone-600">{t("noItems")}</p> : null}
        <ol className="space-y-4">
          {fields.map((field, index) => (
            <ItemCard key={field.id} index={index} count={fields.length} onMove={moveItem} onRemove={removeItem} />
          ))}
        </ol>
        <p aria-live="polite" className="text-sm text-red-700" data-testid="items-error">
          {errorText(listError)}
        </p>
        <Button id="add-item" type="button" variant="secondary" onClick={() => append(blankItem())} disabled={fields.length >= MAX_CHECKLIST_ITEMS}>
          {t("addItem")}
        </Button>
        <div className="flex flex-wrap gap-2 border-t border-stone-200 pt-4">
          <Button type="submit" disabled={busy}>
            {formState.isSubmitting ? t("saving") : t("save")}
          </Button>
          <Button type="button" variant="secondary" disabled={busy} onClick={(e) => void publish(e)}>
            {t("publish", { value: version })}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
