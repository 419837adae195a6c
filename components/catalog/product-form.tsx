"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { saveProductAction } from "@/app/(app)/catalog/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { PhotoPicker } from "@/components/uploads/photo-picker";
import type { UploadedPhoto } from "@/components/uploads/upload-photo";
import { CATALOG_STATUSES } from "@/lib/catalog/options";
import { MAX_PRODUCT_PHOTOS, saveProductSchema, type SaveProductInput } from "@/lib/catalog/schemas";
import { NameFields, SelectField, TextField } from "./form-fields";
import { ProductSpecFields } from "./product-spec-fields";

/** Adds a product to a line (no id) or edits one; the price is typed in the association's currency. */
export function ProductForm({ initial, currency, photos }: { initial: SaveProductInput; currency: string; photos: UploadedPhoto[] }) {
  const t = useTranslations("catalog");
  const errorText = useErrorText();
  const router = useRouter();
  const { register, handleSubmit, setError, setValue, formState } = useForm<SaveProductInput>({ resolver: zodResolver(saveProductSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    const saved = await submit(() => saveProductAction(values));
    if (saved) router.push(`/catalog/products/${saved.id}`);
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-3xl space-y-6">
      <FailureAlert failure={failure} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="sku" label={t("sku")} hint={t("skuHint")} error={errors.sku?.message} registration={register("sku")} autoCapitalize="characters" autoComplete="off" />
        <TextField id="articleNumber" label={t("articleNumber")} hint={t("articleNumberHint")} error={errors.articleNumber?.message} registration={register("articleNumber")} autoComplete="off" />
      </div>
      <NameFields register={(field) => register(field)} errorOf={(field) => errors[field]?.message} />
      <TextField id="nameJa" label={t("nameJa")} hint={t("nameJaHint")} error={errors.nameJa?.message} registration={register("nameJa")} lang="ja" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="price" label={t("price")} hint={t("priceHint")} error={errorText(errors.price?.message)}>
          <div className="flex items-center gap-2">
            <input {...controlProps("price", errors.price?.message, t("priceHint"))} {...register("price")} inputMode="decimal" autoComplete="off" />
            <span className="font-medium text-stone-700">{currency}</span>
          </div>
        </Field>
        <SelectField
          id="status"
          label={t("status")}
          hint={t("statusHint")}
          error={errors.status?.message}
          registration={register("status")}
          options={CATALOG_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        />
      </div>
      <ProductSpecFields register={register} errors={errors} />
      <PhotoPicker
        name="photoIds"
        purpose="product_photo"
        max={MAX_PRODUCT_PHOTOS}
        label={t("photosLabel", { max: MAX_PRODUCT_PHOTOS })}
        initial={photos}
        onChange={(ids) => setValue("photoIds", ids)}
        error={errors.photoIds?.message}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
