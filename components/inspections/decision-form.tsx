"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { decideBatchAction } from "@/app/(app)/batches/[id]/actions";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { DECISIONS, decideBatchSchema, type DecideBatchInput } from "@/lib/inspections/schemas";

export function DecisionForm({ batchId, quantity }: { batchId: string; quantity: number }) {
  const t = useTranslations("inspections");
  const tStatus = useTranslations("status");
  const errorText = useErrorText();
  const router = useRouter();
  const { register, handleSubmit, setError, setValue, formState } = useForm<DecideBatchInput>({
    resolver: zodResolver(decideBatchSchema),
    defaultValues: { batchId, decision: "accepted", acceptedQuantity: quantity, reason: "" },
  });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => decideBatchAction(values))) router.refresh();
  });

  const decision = register("decision", {
    onChange: (e: { target: { value: string } }) => {
      if (e.target.value === "accepted") setValue("acceptedQuantity", quantity);
      if (e.target.value === "rejected") setValue("acceptedQuantity", 0);
    },
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4" aria-labelledby="decision-title">
      <h2 id="decision-title" className="text-lg font-semibold">
        {t("decisionTitle")}
      </h2>
      <FailureAlert failure={failure} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("decision")}</legend>
        <div className="flex flex-wrap gap-2">
          {DECISIONS.map((d) => (
            <label key={d} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" value={d} {...decision} />
              {tStatus(d)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="acceptedQuantity" label={t("acceptedQuantity")} hint={t("acceptedQuantityHint", { count: quantity })} error={errorText(errors.acceptedQuantity?.message)}>
        <input {...controlProps("acceptedQuantity", errors.acceptedQuantity?.message, "hint")} type="number" inputMode="numeric" min={0} max={quantity} {...register("acceptedQuantity")} />
      </Field>
      <Field id="reason" label={t("reason")} hint={t("reasonHint")} error={errorText(errors.reason?.message)}>
        <textarea {...controlProps("reason", errors.reason?.message, "hint")} rows={3} {...register("reason")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
