"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { LineChangeInput } from "@/lib/shipments/schemas";

type Props<T extends LineChangeInput> = { idPrefix: string; currency: string; register: UseFormRegister<T>; errors: FieldErrors<T> };

/** Quantity and unit price of a line, the price typed in the shipment's currency. */
export function LineFields<T extends LineChangeInput>({ idPrefix, currency, register, errors }: Props<T>) {
  const t = useTranslations("shipments");
  const errorText = useErrorText();
  const reg = register as unknown as UseFormRegister<LineChangeInput>;
  const errs = errors as FieldErrors<LineChangeInput>;
  const quantityId = `${idPrefix}-quantity`;
  const priceId = `${idPrefix}-price`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={quantityId} label={t("quantity")} error={errorText(errs.quantity?.message)}>
        <input {...controlProps(quantityId, errs.quantity?.message)} {...reg("quantity")} inputMode="numeric" autoComplete="off" />
      </Field>
      <Field id={priceId} label={t("unitPrice")} error={errorText(errs.unitPrice?.message)}>
        <div className="flex items-center gap-2">
          <input {...controlProps(priceId, errs.unitPrice?.message)} {...reg("unitPrice")} inputMode="decimal" autoComplete="off" />
          <span className="font-medium text-stone-700">{currency}</span>
        </div>
      </Field>
    </div>
  );
}
