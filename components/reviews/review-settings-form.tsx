"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateReviewSettingsAction } from "@/app/(app)/settings/reviews/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { REVIEWER_ROLES, reviewSettingsSchema, type ReviewSettings, type ReviewSettingsInput } from "@/lib/reviews/schemas";

/** How many approvals a review needs and which roles give them. */
export function ReviewSettingsForm({ initial }: { initial: ReviewSettings }) {
  const t = useTranslations("reviews.settings");
  const tRole = useTranslations("roles");
  const errorText = useErrorText();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<ReviewSettingsInput>({ resolver: zodResolver(reviewSettingsSchema), defaultValues: initial });
  const { failure, submit } = useActionForm(setError);
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if ((await submit(() => updateReviewSettingsAction(values))) === undefined) return;
    setSaved(true);
    router.refresh();
  });
  const approvalsError = formState.errors.approvalsRequired?.message;
  const rolesError = formState.errors.reviewerRoles?.message ?? formState.errors.reviewerRoles?.root?.message;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-xl space-y-5 rounded-md border border-stone-200 bg-white p-4" data-testid="review-settings">
      <FailureAlert failure={failure} />
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field id="approvalsRequired" label={t("approvalsRequired")} hint={t("approvalsHint")} error={errorText(approvalsError)}>
        <input {...controlProps("approvalsRequired", approvalsError, t("approvalsHint"))} type="number" inputMode="numeric" min={1} max={9} {...register("approvalsRequired")} />
      </Field>
      <fieldset className="space-y-2" aria-describedby={rolesError ? "reviewerRoles-error" : "reviewerRoles-hint"}>
        <legend className="block text-sm font-medium text-stone-800">{t("reviewerRoles")}</legend>
        <p id="reviewerRoles-hint" className="text-sm text-stone-600">
          {t("reviewerRolesHint")}
        </p>
        {REVIEWER_ROLES.map((role) => (
          <label key={role} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" value={role} className="size-5 accent-brand-600" aria-invalid={rolesError ? true : undefined} {...register("reviewerRoles")} />
            {tRole(role)}
          </label>
        ))}
        <p id="reviewerRoles-error" aria-live="polite" className="text-sm text-red-700" data-testid="reviewerRoles-error">
          {errorText(rolesError)}
        </p>
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
