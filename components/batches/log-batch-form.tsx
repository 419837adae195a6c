"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { updateBatchAction } from "@/app/(app)/my-batches/[id]/edit/actions";
import { logBatchAction } from "@/app/(app)/my-batches/new/actions";
import { PhotoPicker } from "@/components/uploads/photo-picker";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { batchFormSchema, MAX_BATCH_PHOTOS, type BatchFormInput, type BatchIntent } from "@/lib/batches/schemas";
import { BatchMaterialsPicker, type MaterialOption } from "./batch-materials-picker";

type ProductOption = { id: string; name: string; lineName: string; lineId: string; unit: string };
type Props = {
  products: ProductOption[];
  materialsByLine: Record<string, MaterialOption[]>;
  today: string;
  /** Present when changing a saved draft or a batch sent back for rework. */
  edit?: { batchId: string; initial: BatchFormInput; photos: { id: string; url: string }[] };
};

/** Logs a new batch or changes one; "Save draft" keeps it editable, the other button submits it. */
export function LogBatchForm({ products, materialsByLine, today, edit }: Props) {
  const t = useTranslations("batches");
  const errorText = useErrorText();
  const router = useRouter();
  // One id per form: a double tap or a retry of the same submission creates one batch.
  const [clientRequestId] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, setError, setValue, getValues, control, formState } = useForm<BatchFormInput>({
    resolver: zodResolver(batchFormSchema),
    defaultValues: edit?.initial ?? { productId: "", quantity: "", producedFrom: today, producedTo: today, notes: "", materials: [], photoIds: [] },
  });
  const [done, setDone] = useState(false);
  const [sending, setSending] = useState<BatchIntent | null>(null);
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const err = (field: keyof BatchFormInput) => errors[field]?.message;
  const productId = useWatch({ control, name: "productId" });
  const product = products.find((p) => p.id === productId);
  const lineMaterials = product ? materialsByLine[product.lineId] : undefined;

  // Materials of another line cannot be kept when the product changes line.
  const pruneMaterials = (nextProductId: string) => {
    const allowed = new Set((materialsByLine[products.find((p) => p.id === nextProductId)?.lineId ?? ""] ?? []).map((m) => m.id));
    setValue("materials", (getValues("materials") ?? []).filter((m) => allowed.has(m.materialId)));
  };

  const save = (intent: BatchIntent) =>
    handleSubmit(async (values) => {
      setSending(intent);
      const saved = await submit(() =>
        edit ? updateBatchAction({ ...values, batchId: edit.batchId, intent }) : logBatchAction({ ...values, clientRequestId, intent }),
      );
      setSending(null);
      if (!saved) return;
      setDone(true);
      router.push(`/my-batches/${saved.id}?saved=${saved.status === "submitted" ? "submitted" : "draft"}`);
    });
  // Enter in a text box uses the first button, "Save draft": nothing is sent for inspection by accident.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void save(submitter?.getAttribute("value") === "submit" ? "submit" : "draft")(event);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-lg space-y-4">
      <FailureAlert failure={failure} />
      <Field id="productId" label={t("product")} error={errorText(err("productId"))}>
        <select {...controlProps("productId", err("productId"))} {...register("productId", { onChange: (e: { target: { value: string } }) => pruneMaterials(e.target.value) })}>
          <option value="">{t("chooseProduct")}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {p.lineName}
            </option>
          ))}
        </select>
      </Field>
      <Field id="quantity" label={product ? `${t("quantity")} (${product.unit})` : t("quantity")} error={errorText(err("quantity"))}>
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
      <Controller
        control={control}
        name="materials"
        render={({ field }) => <BatchMaterialsPicker options={lineMaterials} value={field.value ?? []} onChange={field.onChange} error={errorText(err("materials"))} />}
      />
      <PhotoPicker
        name="photoIds"
        purpose="batch_photo"
        max={MAX_BATCH_PHOTOS}
        label={t("photos")}
        initial={edit?.photos}
        onChange={(ids) => setValue("photoIds", ids)}
        error={err("photoIds")}
      />
      <Field id="notes" label={t("notes")} hint={t("notesHint")} error={errorText(err("notes"))}>
        <textarea {...controlProps("notes", err("notes"), t("notesHint"))} rows={3} {...register("notes")} />
      </Field>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" name="intent" value="draft" variant="secondary" disabled={isSubmitting || done}>
          {sending === "draft" ? t("saving") : t("saveDraft")}
        </Button>
        <Button type="submit" name="intent" value="submit" disabled={isSubmitting || done}>
          {sending === "submit" ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
