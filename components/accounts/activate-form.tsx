"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { activateAccountAction } from "@/app/(auth)/activate/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useErrorText } from "@/components/ui/use-error-text";
import { activateAccountSchema, type ActivateAccountInput } from "@/lib/accounts/schemas";

/** Phone (or e-mail) + one-time code + new password twice; on success the person is signed in. */
export function ActivateForm({ code }: { code: string }) {
  const t = useTranslations("activate");
  const errorText = useErrorText();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<ActivateAccountInput>({
    resolver: zodResolver(activateAccountSchema),
    defaultValues: { phoneOrEmail: "", code, password: "", passwordConfirm: "" },
  });
  const { failure, submit } = useActionForm(setError);
  const { errors, isSubmitting } = formState;

  // The code from the slip's QR link should not stay in the address bar or the browser history.
  useEffect(() => {
    if (window.location.search) window.history.replaceState(null, "", window.location.pathname);
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    if (!(await submit(() => activateAccountAction(values)))) return;
    setDone(true);
    const signedIn = await signIn("credentials", { identifier: values.phoneOrEmail, password: values.password, redirect: false });
    router.replace(signedIn?.ok && !signedIn.error ? "/" : "/login");
    router.refresh();
  });

  const field = (name: keyof ActivateAccountInput, hint?: string) => controlProps(name, errors[name]?.message, hint);
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <FailureAlert failure={failure} />
      {done ? <Alert tone="success">{t("done")}</Alert> : null}
      <Field id="phoneOrEmail" label={t("phoneOrEmail")} hint={t("phoneOrEmailHint")} error={errorText(errors.phoneOrEmail?.message)}>
        <input {...field("phoneOrEmail", t("phoneOrEmailHint"))} type="text" autoComplete="username" {...register("phoneOrEmail")} />
      </Field>
      <Field id="code" label={t("code")} hint={t("codeHint")} error={errorText(errors.code?.message)}>
        <input {...field("code", t("codeHint"))} autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} className={`${field("code").className} font-mono uppercase tracking-widest`} {...register("code")} />
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint")} error={errorText(errors.password?.message)}>
        <input {...field("password", t("passwordHint"))} type="password" autoComplete="new-password" {...register("password")} />
      </Field>
      <Field id="passwordConfirm" label={t("passwordConfirm")} error={errorText(errors.passwordConfirm?.message)}>
        <input {...field("passwordConfirm")} type="password" autoComplete="new-password" {...register("passwordConfirm")} />
      </Field>
      <Button type="submit" disabled={isSubmitting || done} className="w-full">
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
