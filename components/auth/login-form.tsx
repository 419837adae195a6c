"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { loginSchema, type LoginInput } from "@/lib/auth/schemas";

const KNOWN_ERRORS = new Set(["invalid", "throttled", "disabled"]);

export type DemoLogin = { login: string; label: string };

export function LoginForm({ demo }: { demo?: { password: string; accounts: DemoLogin[] } }) {
  const t = useTranslations("login");
  const errorText = useErrorText();
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setValue, formState } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    const reason = result?.error ?? "unexpected";
    setFailure(KNOWN_ERRORS.has(reason) ? reason : reason === "CredentialsSignin" ? "invalid" : "unexpected");
  });

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {failure ? <Alert tone="error">{t(`errors.${failure}`)}</Alert> : null}
        <Field id="identifier" label={t("identifier")} hint={t("identifierHint")} error={errorText(errors.identifier?.message)}>
          <input {...controlProps("identifier", errors.identifier?.message, t("identifierHint"))} autoComplete="username" inputMode="email" {...register("identifier")} />
        </Field>
        <Field id="password" label={t("password")} error={errorText(errors.password?.message)}>
          <input {...controlProps("password", errors.password?.message)} type="password" autoComplete="current-password" {...register("password")} />
        </Field>
        <Button type="submit" disabled={isSubmitting} className="w-full">
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </form>
      {demo ? (
        <section aria-labelledby="demo-title" className="rounded-md border border-stone-200 bg-white p-4" data-testid="demo-accounts">
          <h2 id="demo-title" className="font-semibold">
            {t("demoTitle")}
          </h2>
          <p className="mb-3 text-sm text-stone-600">{t("demoIntro", { password: demo.password })}</p>
          <ul className="space-y-1">
            {demo.accounts.map((account) => (
              <li key={account.login}>
                <button
                  type="button"
                  className="flex min-h-11 w-full flex-wrap items-center justify-between gap-x-3 rounded-md px-2 text-left hover:bg-stone-100"
                  onClick={() => {
                    setValue("identifier", account.login);
                    setValue("password", demo.password);
                  }}
                >
                  <span className="text-sm text-stone-600">{account.label}</span>
                  <span className="font-mono text-sm">{account.login}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
