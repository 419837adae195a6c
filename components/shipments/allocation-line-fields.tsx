"use client";

import { useTranslations } from "next-intl";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { AllocationLine } from "@/lib/shipments/allocation-candidates";
import { allocationKey } from "@/lib/shipments/schemas";

type Props = {
  line: AllocationLine;
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange: (key: string, value: string) => void;
};

/** One line's batch boxes: lot code, village and what the batch has free, with the running total. */
export function AllocationLineFields({ line, values, errors, onChange }: Props) {
  const t = useTranslations("shipments.allocation");
  const errorText = useErrorText();
  const total = line.candidates.reduce((sum, c) => sum + (Number(values[allocationKey(line.lineId, c.batchId)]) || 0), 0);
  const headingId = `alloc-line-${line.lineId}`;
  return (
    <fieldset className="space-y-3 rounded-md border border-stone-200 bg-white p-4" aria-describedby={`${headingId}-error`}>
      <legend className="px-1 font-medium break-words">
        {line.productName} <span className="font-mono text-sm font-normal text-stone-600">{line.sku}</span>
      </legend>
      <p className={total === line.quantity ? "text-sm text-emerald-800" : "text-sm text-amber-800"}>{t("lineTotal", { total, quantity: line.quantity })}</p>
      <p id={`${headingId}-error`} aria-live="polite" className="text-sm text-red-700">
        {errorText(errors[line.lineId])}
      </p>
      {line.candidates.length === 0 ? <p className="text-stone-600">{t("noBatches")}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {line.candidates.map((c) => {
          const key = allocationKey(line.lineId, c.batchId);
          const id = `alloc-${line.lineId}-${c.batchId}`;
          const hint = t("batchHint", { village: c.villageName, producer: c.producerName, available: c.available });
          return (
            <Field key={c.batchId} id={id} label={c.lotCode} hint={hint} error={errorText(errors[key])}>
              <input
                {...controlProps(id, errors[key], hint)}
                type="number"
                inputMode="numeric"
                min={0}
                max={c.available}
                step={1}
                value={values[key] ?? "0"}
                onChange={(e) => onChange(key, e.target.value)}
              />
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
