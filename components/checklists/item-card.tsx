"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { CHECKLIST_ITEM_KINDS, isEvidenceKind, type ChecklistDraftInput, type ChecklistItemKind } from "@/lib/checklists/schemas";
import { DEFECT_CLASSES } from "@/lib/qc/decision";
import { LanguageFields } from "./language-fields";
import { MeasurementFields } from "./measurement-fields";

export type ItemMove = (from: number, to: number) => void;

/** One item of the draft: its kind, defect class, texts and, for a measurement, its tolerance. */
export function ItemCard({ index, count, onMove, onRemove }: { index: number; count: number; onMove: ItemMove; onRemove: (index: number) => void }) {
  const t = useTranslations("checklists");
  const errorText = useErrorText();
  const { register, setValue, control, formState } = useFormContext<ChecklistDraftInput>();
  const kind = useWatch({ control, name: `items.${index}.kind` });
  const errors = formState.errors.items?.[index];
  const id = (part: string) => `items-${index}-${part}`;
  const number = index + 1;
  return (
    <li className="rounded-md border border-stone-200 bg-white p-4" data-testid="checklist-item">
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("editor.item", { value: number })}</legend>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Field id={id("kind")} label={t("editor.kind")} error={errorText(errors?.kind?.message)}>
            <select
              {...controlProps(id("kind"), errors?.kind?.message)}
              {...register(`items.${index}.kind`, {
                // Text and photo items count no defects: drop the class the hidden select still holds.
                onChange: (event: { target: { value: ChecklistItemKind } }) => {
                  if (isEvidenceKind(event.target.value)) setValue(`items.${index}.defectClass`, "");
                },
              })}
            >
              {CHECKLIST_ITEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          {isEvidenceKind(kind) ? null : (
            <Field id={id("defectClass")} label={t("editor.defectClass")} error={errorText(errors?.defectClass?.message)}>
              <select {...controlProps(id("defectClass"), errors?.defectClass?.message)} {...register(`items.${index}.defectClass`)}>
                <option value="">{t("editor.chooseClass")}</option>
                {DEFECT_CLASSES.map((c) => (
                  <option key={c} value={c}>
                    {t(`classes.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
        <LanguageFields index={index} text="label" />
        <LanguageFields index={index} text="guidance" />
        {kind === "measurement" ? <MeasurementFields index={index} /> : null}
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" id={id("up")} disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-label={t("editor.moveUpNamed", { value: number })}>
            {t("editor.moveUp")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            id={id("down")}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
            aria-label={t("editor.moveDownNamed", { value: number })}
          >
            {t("editor.moveDown")}
          </Button>
          <Button type="button" variant="ghost" className="text-red-700" id={id("remove")} onClick={() => onRemove(index)} aria-label={t("editor.removeNamed", { value: number })}>
            {t("editor.remove")}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
