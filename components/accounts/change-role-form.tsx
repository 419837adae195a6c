"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changeUserRoleAction } from "@/app/(app)/settings/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { changeUserRoleSchema, STAFF_ROLES, type ChangeUserRoleInput, type StaffRole } from "@/lib/accounts/schemas";

export function ChangeRoleForm({ userId, role }: { userId: string; role: StaffRole }) {
  const t = useTranslations("accounts.user");
  const tRole = useTranslations("roles");
  const errorText = useErrorText();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<ChangeUserRoleInput>({ resolver: zodResolver(changeUserRoleSchema), defaultValues: { userId, role } });
  const { failure, submit } = useActionForm(setError);
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (!(await submit(() => changeUserRoleAction(values)))) return;
    setSaved(true);
    router.refresh();
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3" aria-label={t("changeRole")}>
      <FailureAlert failure={failure} />
      {saved ? <Alert tone="success">{t("roleSaved")}</Alert> : null}
      <Field id="role" label={t("role")} error={errorText(formState.errors.role?.message)}>
        <select {...controlProps("role", formState.errors.role?.message)} {...register("role")}>
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {tRole(r)}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("saveRole")}
      </Button>
    </form>
  );
}
