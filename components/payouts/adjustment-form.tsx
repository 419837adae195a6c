"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { recordAdjustmentAction } from "@/app/(app)/payouts/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { recordAdjustmentSchema, type RecordAdjustmentInput } from "@/lib/payouts/schemas";
import { MoneyInput } from "./money-input";

/** A correction with its reason: the ledger's only way to change a balance besides owed entries and payments. */
export function AdjustmentForm({ memberId, currency }: { memberId: string; currency: string }) {
  const t = useTranslations("payouts");
  const errorText = useErrorText();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const defaults = { memberId, amountMinor: undefined, reason: "" };
  const { control, register, handleSubmit, setError, reset, formState } = useForm<RecordAdjustmentInput>({ resolver: zodResolver(recordAdjustmentSchema), defaultValues: defaults });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (!(await submit(() => recordAdjustmentAction(values)))) return;
    setSaved(true);
    reset(defaults);
    router.refresh();
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3" aria-labelledby="adjustment-title">
      <h2 id="adjustment-title" className="text-lg font-semibold">
        {t("recordAdjustment")}
      </h2>
      <FailureAlert failure={failure} />
      {saved ? <Alert tone="success">{t("adjustmentRecorded")}</Alert> : null}
      <Controller
        control={control}
        name="amountMinor"
        render={({ field, fieldState }) => (
          <MoneyInput
            id="adjustment-amount"
            label={t("amount")}
            hint={t("adjustmentHint")}
            signed
            currency={currency}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
          />
        )}
      />
      <Field id="adjustment-reason" label={t("reason")} error={errorText(errors.reason?.message)}>
        <textarea {...controlProps("adjustment-reason", errors.reason?.message)} rows={2} maxLength={500} {...register("reason")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {t("recordAdjustment")}
      </Button>
    </form>
  );
}
