"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { PhotoPicker } from "@/components/uploads/photo-picker";
import { controlClass } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { toleranceText, type LocalChecklistItem } from "@/lib/inspections/item-text";
import { fileUrl } from "@/lib/uploads/file-url";
import { DefectCountInput } from "./defect-count-input";
import type { InspectionFormValues } from "./form-values";
import { ItemHeading } from "./item-heading";
import { MeasurementInput } from "./measurement-input";
import { YesNoInput } from "./yes-no-input";

const MAX_PHOTOS = 6;

/** One checklist item: its label and guidance, the input its kind takes, and its error. */
export function ChecklistItemCard({ index, item, savedPhotoIds }: { index: number; item: LocalChecklistItem; savedPhotoIds: string[] }) {
  const t = useTranslations("inspections.item");
  const errorText = useErrorText();
  const { register, setValue, clearErrors, formState } = useFormContext<InspectionFormValues>();
  const fieldErrors = formState.errors.results?.[index];
  const message =
    fieldErrors?.measurements?.message ??
    fieldErrors?.defectCount?.message ??
    fieldErrors?.note?.message ??
    fieldErrors?.passed?.message ??
    fieldErrors?.message;
  const tolerance = item.kind === "measurement" ? toleranceText(item) : null;
  const ids = [item.guidance ? `result-${index}-guidance` : null, message ? `result-${index}-error` : null].filter(Boolean).join(" ") || undefined;
  const invalid = Boolean(message);
  return (
    <li
      className="space-y-3 rounded-md border border-stone-200 bg-white p-4"
      data-testid="checklist-item"
      data-kind={item.kind}
      data-min={item.minValue ?? undefined}
      data-max={item.maxValue ?? undefined}
    >
      <ItemHeading index={index} item={item} />
      {item.guidance ? (
        <p id={`result-${index}-guidance`} className="whitespace-pre-line text-stone-700">
          {item.guidance}
        </p>
      ) : null}
      {tolerance ? (
        <p className="text-sm font-medium">
          {t("allowed", { value: tolerance })}
        </p>
      ) : null}
      {item.kind === "yes_no" ? <YesNoInput index={index} describedBy={ids} invalid={invalid} /> : null}
      {item.kind === "measurement" ? <MeasurementInput index={index} item={item} tolerance={tolerance} describedBy={ids} invalid={invalid} /> : null}
      {item.kind === "defect_count" ? <DefectCountInput index={index} label={item.label} describedBy={ids} invalid={invalid} /> : null}
      {item.kind === "text" ? (
        <textarea
          id={`result-${index}`}
          rows={3}
          maxLength={2000}
          className={controlClass}
          aria-labelledby={`result-${index}-label`}
          aria-invalid={invalid || undefined}
          aria-describedby={ids}
          {...register(`results.${index}.note`)}
        />
      ) : null}
      {item.kind === "photo" ? (
        <PhotoPicker
          name={`results.${index}.photoIds`}
          purpose="inspection_photo"
          max={MAX_PHOTOS}
          label={item.label}
          initial={savedPhotoIds.map((id) => ({ id, url: fileUrl(id) }))}
          error={fieldErrors?.photoIds?.message}
          onChange={(photoIds) => {
            setValue(`results.${index}.photoIds`, photoIds, { shouldDirty: true });
            clearErrors(`results.${index}.photoIds`);
          }}
        />
      ) : null}
      <p id={`result-${index}-error`} aria-live="polite" className="text-sm text-red-700" data-testid={`result-${index}-error`}>
        {errorText(message)}
      </p>
    </li>
  );
}
