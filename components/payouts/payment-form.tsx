"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { recordPaymentAction } from "@/app/(app)/payouts/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { recordPaymentSchema, type RecordPaymentInput } from "@/lib/payouts/schemas";
import { MoneyInput } from "./money-input";
import { PaymentFields } from "./payment-fields";

/** Records one payment to the producer; the amount starts at what they are owed. */
export function PaymentForm({ memberId, currency, balanceMinor, today }: { memberId: string; currency: string; balanceMinor: number; today: string }) {
  const t = useTranslations("payouts");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  // The amount box starts empty when nothing is owed.
  const defaults = { memberId, amountMinor: balanceMinor > 0 ? balanceMinor : undefined, paidOn: today, method: "cash", reference: "" } as RecordPaymentInput;
  const { control, register, handleSubmit, setError, reset, formState } = useForm<RecordPaymentInput>({ resolver: zodResolver(recordPaymentSchema), values: defaults });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (!(await submit(() => recordPaymentAction(values)))) return;
    setSaved(true);
    reset({ ...defaults, amountMinor: undefined });
    router.refresh();
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3" aria-labelledby="payment-title">
      <h2 id="payment-title" className="text-lg font-semibold">
        {t("recordPayment")}
      </h2>
      <FailureAlert failure={failure} />
      {saved ? <Alert tone="success">{t("paymentRecorded")}</Alert> : null}
      <Controller
        control={control}
        name="amountMinor"
        render={({ field, fieldState }) => (
          <MoneyInput id="payment-amount" label={t("amount")} currency={currency} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
        )}
      />
      <PaymentFields
        idPrefix="payment"
        today={today}
        register={{ paidOn: register("paidOn"), method: register("method"), reference: register("reference") }}
        errors={errors}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t("recordPayment")}
      </Button>
    </form>
  );
}
