"use client";

import { useState } from "react";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { amountText, parseAmount } from "./amount-text";

type Props = {
  id: string;
  label: string;
  currency: string;
  value: number | undefined;
  onChange: (minor: number | undefined) => void;
  onBlur?: () => void;
  error?: string;
  hint?: string;
  signed?: boolean;
};

/**
 * An amount box that shows decimals ("350,50") and hands the form integer minor units, so the
 * form validates with the same schema as the server. Text that is no amount becomes NaN.
 */
export function MoneyInput({ id, label, currency, value, onChange, onBlur, error, hint, signed = false }: Props) {
  const errorText = useErrorText();
  const [text, setText] = useState(() => amountText(value, currency));
  const typed = parseAmount(text, currency, signed);
  // The form reset or refilled the value: show it.
  if (typed !== value && !(Number.isNaN(typed) && Number.isNaN(value))) setText(amountText(value, currency));
  const message = Number.isNaN(value) ? "invalidPrice" : error;
  return (
    <Field id={id} label={`${label}, ${currency}`} hint={hint} error={errorText(message)}>
      <input
        {...controlProps(id, message, hint)}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parseAmount(event.target.value, currency, signed));
        }}
        onBlur={onBlur}
      />
    </Field>
  );
}
