"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createStaffUserAction } from "@/app/(app)/settings/users/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { createStaffUserSchema, STAFF_ROLES, type CreateStaffUserInput } from "@/lib/accounts/schemas";
import type { ActivationSlip } from "@/lib/accounts/slip";
import { ActivationSlipView } from "./activation-slip";

/** Adds a staff user and shows their first activation slip. */
export function CreateStaffForm() {
  const t = useTranslations("accounts.createStaff");
  const tRole = useTranslations("roles");
  const errorText = useErrorText();
  const router = useRouter();
  const [slip, setSlip] = useState<ActivationSlip | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CreateStaffUserInput>({
    resolver: zodResolver(createStaffUserSchema),
    defaultValues: { name: "", login: "", role: "coordinator" },
  });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => setSlip((await submit(() => createStaffUserAction(values))) ?? null));

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-md space-y-4">
      <FailureAlert failure={failure} />
      <Field id="name" label={t("name")} error={errorText(errors.name?.message)}>
        <input {...controlProps("name", errors.name?.message)} autoComplete="off" {...register("name")} />
      </Field>
      <Field id="login" label={t("login")} hint={t("loginHint")} error={errorText(errors.login?.message)}>
        <input {...controlProps("login", errors.login?.message, t("loginHint"))} autoComplete="off" {...register("login")} />
      </Field>
      <Field id="role" label={t("role")} error={errorText(errors.role?.message)}>
        <select {...controlProps("role", errors.role?.message)} {...register("role")}>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {tRole(role)}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
      {slip ? <ActivationSlipView slip={slip} onClose={() => router.push("/settings/users")} /> : null}
    </form>
  );
}
