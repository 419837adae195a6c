"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlClass } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { useQuantityText } from "@/components/ui/use-quantity-text";
import { LABEL_SIZES, type LabelSizeId } from "@/lib/labels/sheet/label-sizes";
import type { LabelSheetOptions } from "@/lib/labels/sheet/label-sheet-options";
import { MAX_SHEET_LABELS } from "@/lib/labels/sheet/schemas";

type Props = {
  designId: string;
  unit: string;
  lots: LabelSheetOptions["lots"];
  /** What the form showed before a refusal (from the query), and the refusal's message keys. */
  chosen: { batchIds: string[]; sizeId: LabelSizeId; copies: string };
  problems: { fieldErrors: Record<string, string>; error?: string };
};

const fieldsetClass = "space-y-2 rounded-md border border-stone-200 bg-white p-4";
const optionClass = "flex min-h-11 items-center gap-3 rounded-md px-1";

/**
 * A plain GET form to the sheet route: no script needed, the browser downloads the PDF. A refused
 * request comes back here with its problems next to the fields.
 */
export function SheetForm({ designId, unit, lots, chosen, problems }: Props) {
  const t = useTranslations("labelSheet");
  const errorText = useErrorText();
  const quantity = useQuantityText();
  const { batchIds: lotsError, sizeId: sizeError, copiesPerLot: copiesError } = problems.fieldErrors;
  return (
    <form method="get" action={`/api/labels/${designId}/sheet`} className="max-w-2xl space-y-4" data-testid="label-sheet-form">
      <FailureAlert failure={problems.error && problems.error !== "validation" ? { error: problems.error } : null} />
      <fieldset className={fieldsetClass} aria-describedby={lotsError ? "lots-error" : "lots-hint"}>
        <legend className="px-1 font-semibold">{t("lots")}</legend>
        <p id="lots-hint" className="text-sm text-stone-600">
          {t("lotsHint")}
        </p>
        {lots.map((lot) => (
          <label key={lot.id} className={optionClass}>
            <input type="checkbox" name="batch" value={lot.id} defaultChecked={chosen.batchIds.includes(lot.id)} className="size-5 shrink-0 accent-brand-600" />
            <span className="min-w-0">
              <span className="block font-medium">{lot.lotCode}</span>
              <span className="block text-sm text-stone-600">{t("lotDetails", { village: lot.villageName, accepted: quantity(lot.acceptedQuantity, unit) })}</span>
            </span>
          </label>
        ))}
        <p id="lots-error" aria-live="polite" className="text-sm text-red-700" data-testid="batchIds-error">
          {errorText(lotsError)}
        </p>
      </fieldset>
      <fieldset className={fieldsetClass} aria-describedby={sizeError ? "size-error" : undefined}>
        <legend className="px-1 font-semibold">{t("size")}</legend>
        {LABEL_SIZES.map((size) => (
          <label key={size.id} className={optionClass}>
            <input type="radio" name="size" value={size.id} defaultChecked={chosen.sizeId === size.id} className="size-5 shrink-0 accent-brand-600" />
            <span>{t("sizeOption", { width: size.widthMm, height: size.heightMm, count: size.columns * size.rows })}</span>
          </label>
        ))}
        <p id="size-error" aria-live="polite" className="text-sm text-red-700">
          {errorText(sizeError)}
        </p>
      </fieldset>
      <div className={fieldsetClass}>
        <label htmlFor="copies" className="block font-semibold">
          {t("copies")}
        </label>
        <input
          id="copies"
          name="copies"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SHEET_LABELS}
          defaultValue={chosen.copies}
          aria-invalid={copiesError ? true : undefined}
          aria-describedby={copiesError ? "copies-error" : "copies-hint"}
          className={`${controlClass} max-w-40`}
        />
        <p id="copies-hint" className="text-sm text-stone-600">
          {t("copiesHint", { max: MAX_SHEET_LABELS })}
        </p>
        <p id="copies-error" aria-live="polite" className="text-sm text-red-700" data-testid="copies-error">
          {errorText(copiesError)}
        </p>
      </div>
      <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")}>
        {t("download")}
      </button>
    </form>
  );
}
