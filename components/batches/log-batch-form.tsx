"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { logBatchAction } from "@/app/(app)/my-batches/new/actions";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { logBatchSchema, type LogBatchInput } from "@/lib/batches/schemas";

type ProductOption = { id: string; name: string; lineName: string };

export function LogBatchForm({ products, today }: { products: ProductOption[]; today: string }) {
  const t = useTranslations("batches");
  const errorText = useErrorText();
  const router = useRouter();
  // One id per form: a double tap or a retry of the same submission creates one batch.
  const [clientRequestId] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, setError, formState } = useForm<LogBatchInput>({
    resolver: zodResolver(logBatchSchema),
    defaultValues: { productId: "", quantity: "", producedFrom: today, producedTo: today, notes: "", clientRequestId },
  });
  const [done, setDone] = useState(false);
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const err = (field: keyof LogBatchInput) => errors[field]?.message;

  const onSubmit = handleSubmit(async (values) => {
    const batch = await submit(() => logBatchAction(values));
    if (!batch) return;
    setDone(true);
    router.push(`/batches/${batch.id}?logged=1`);
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-lg space-y-4">
      <FailureAlert failure={failure} />
      <Field id="productId" label={t("product")} error={errorText(err("productId"))}>
        <select {...controlProps("productId", err("productId"))} {...register("productId")}>
          <option value="">{t("chooseProduct")}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {p.lineName}
            </option>
          ))}
        </select>
      </Field>
      <Field id="quantity" label={t("quantity")} error={errorText(err("quantity"))}>
        <input {...controlProps("quantity", err("quantity"))} type="number" inputMode="numeric" min={1} {...register("quantity")} />
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="producedFrom" label={t("producedFrom")} error={errorText(err("producedFrom"))}>
          <input {...controlProps("producedFrom", err("producedFrom"))} type="date" max={today} {...register("producedFrom")} />
        </Field>
        <Field id="producedTo" label={t("producedTo")} error={errorText(err("producedTo"))}>
          <input {...controlProps("producedTo", err("producedTo"))} type="date" max={today} {...register("producedTo")} />
        </Field>
      </div>
      <Field id="notes" label={t("notes")} hint={t("notesHint")} error={errorText(err("notes"))}>
        <textarea {...controlProps("notes", err("notes"), t("notesHint"))} rows={3} {...register("notes")} />
      </Field>
      <input type="hidden" {...register("clientRequestId")} />
      <Button type="submit" disabled={isSubmitting || done} className="w-full sm:w-auto">
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
