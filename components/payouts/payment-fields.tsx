"use client";

import { useTranslations } from "next-intl";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { PAYMENT_METHODS } from "@/lib/payouts/schemas";

type Props = {
  idPrefix: string;
  today: string;
  register: { paidOn: UseFormRegisterReturn; method: UseFormRegisterReturn; reference: UseFormRegisterReturn };
  errors: { paidOn?: FieldError; method?: FieldError; reference?: FieldError };
};

/** Date, method and reference of a payment, shared by the one-producer form and the list. */
export function PaymentFields({ idPrefix, today, register, errors }: Props) {
  const t = useTranslations("payouts");
  const errorText = useErrorText();
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field id={id("paidOn")} label={t("paidOn")} error={errorText(errors.paidOn?.message)}>
        <input type="date" max={today} {...controlProps(id("paidOn"), errors.paidOn?.message)} {...register.paidOn} />
      </Field>
      <Field id={id("method")} label={t("method")} error={errorText(errors.method?.message)}>
        <select {...controlProps(id("method"), errors.method?.message)} {...register.method}>
          {PAYMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`methods.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("reference")} label={t("reference")} hint={t("referenceHint")} error={errorText(errors.reference?.message)}>
        <input {...controlProps(id("reference"), errors.reference?.message, t("referenceHint"))} maxLength={100} {...register.reference} />
      </Field>
    </div>
  );
}
