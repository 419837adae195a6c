"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { setUserStatusAction } from "@/app/(app)/settings/users/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { setUserStatusSchema, type SetUserStatusInput } from "@/lib/accounts/schemas";

/** Disables an active account or enables a disabled one; the reason goes into the audit trail. Keyed by status by its page, so it starts afresh after a change. */
export function UserStatusForm({ userId, status }: { userId: string; status: "active" | "disabled" }) {
  const t = useTranslations("accounts.user");
  const errorText = useErrorText();
  const router = useRouter();
  const next = status === "active" ? "disabled" : "active";
  const { register, handleSubmit, setError, formState } = useForm<SetUserStatusInput>({
    resolver: zodResolver(setUserStatusSchema),
    defaultValues: { userId, status: next, reason: "" },
  });
  const { failure, submit } = useActionForm(setError);
  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => setUserStatusAction(values))) router.refresh();
  });
  const error = formState.errors.reason?.message;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3" aria-label={t(next === "disabled" ? "disable" : "enable")}>
      <FailureAlert failure={failure} />
      <Field id="reason" label={t("reason")} hint={t("reasonHint")} error={errorText(error)}>
        <textarea {...controlProps("reason", error, t("reasonHint"))} rows={2} {...register("reason")} />
      </Field>
      <Button type="submit" variant={next === "disabled" ? "secondary" : "primary"} className={next === "disabled" ? "text-red-700" : undefined} disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t(next === "disabled" ? "disable" : "enable")}
      </Button>
    </form>
  );
}
