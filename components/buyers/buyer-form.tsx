"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { saveBuyerAction } from "@/app/(app)/buyers/actions";
import { TextField } from "@/components/catalog/form-fields";
import { TextAreaField } from "@/components/ideas/text-area-field";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveBuyerSchema, type SaveBuyerInput } from "@/lib/buyers/schemas";

/** Adds a buyer (no id) or edits one. */
export function BuyerForm({ initial }: { initial: SaveBuyerInput }) {
  const t = useTranslations("buyers");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<SaveBuyerInput>({ resolver: zodResolver(saveBuyerSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    const saved = await submit(() => saveBuyerAction(values));
    if (!saved) return;
    if (initial.id) router.refresh();
    else router.push(`/buyers/${saved.id}`);
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-3xl space-y-4" aria-label={t("details")}>
      <FailureAlert failure={failure} />
      <TextField id="name" label={t("name")} error={errors.name?.message} registration={register("name")} autoComplete="organization" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="countryCode" label={t("country")} hint={t("countryHint")} error={errors.countryCode?.message} registration={register("countryCode")} autoCapitalize="characters" autoComplete="off" maxLength={2} />
        <TextField id="currency" label={t("currency")} hint={t("currencyHint")} error={errors.currency?.message} registration={register("currency")} autoCapitalize="characters" autoComplete="off" maxLength={3} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="contactName" label={t("contactName")} error={errors.contactName?.message} registration={register("contactName")} autoComplete="name" />
        <TextField id="email" type="email" label={t("email")} error={errors.email?.message} registration={register("email")} autoComplete="email" />
        <TextField id="phone" type="tel" label={t("phone")} error={errors.phone?.message} registration={register("phone")} autoComplete="tel" />
      </div>
      <TextAreaField id="address" label={t("address")} error={errors.address?.message} registration={register("address")} />
      <Button type="submit" disabled={isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
