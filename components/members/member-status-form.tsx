"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { changeMemberStatusAction } from "@/app/(app)/members/[id]/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { MEMBER_STATUSES } from "@/lib/members/filters";
import { changeMemberStatusSchema, type ChangeMemberStatusInput } from "@/lib/members/schemas";

export function MemberStatusForm({ memberId, status }: { memberId: string; status: ChangeMemberStatusInput["status"] }) {
  const t = useTranslations("members");
  const errorText = useErrorText();
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<ChangeMemberStatusInput>({
    resolver: zodResolver(changeMemberStatusSchema),
    defaultValues: { memberId, status, reason: "" },
  });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => changeMemberStatusAction(values))) {
      reset({ ...values, reason: "" });
      router.refresh();
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3" aria-labelledby="status-title">
      <h2 id="status-title" className="text-lg font-semibold">
        {t("changeStatus")}
      </h2>
      <FailureAlert failure={failure} />
      <Field id="status" label={t("status")} error={errorText(errors.status?.message)}>
        <select {...controlProps("status", errors.status?.message)} {...register("status")}>
          {MEMBER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="statusReason" label={t("reason")} error={errorText(errors.reason?.message)}>
        <textarea {...controlProps("statusReason", errors.reason?.message)} rows={2} {...register("reason")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {t("saveStatus")}
      </Button>
    </form>
  );
}
