import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { homeFor } from "@/components/shell/nav-items";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { currentUser } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage() {
  const user = await currentUser();
  if (user) redirect(homeFor(user.role));
  const t = await getTranslations();
  const demo = isDemoMode();
  return (
    <main className="mx-auto max-w-md px-4 py-8">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-2">
        <p className="text-lg font-semibold text-brand-700">{t("app.name")}</p>
        <LanguageSwitcher />
      </div>
      <h1 className="text-2xl font-semibold">{t("login.title")}</h1>
      <p className="mb-6 mt-1 text-stone-600">{t("login.intro")}</p>
      <LoginForm
        demo={
          demo
            ? {
                password: DEMO_PASSWORD,
                accounts: DEMO_ACCOUNTS.map((a) => ({ login: a.login, label: `${t(`login.associations.${a.association}`)} · ${t(`roles.${a.role}`)}` })),
              }
            : undefined
        }
      />
      <Link href="/activate" className="mt-6 inline-block text-brand-700 underline">
        {t("login.activateLink")}
      </Link>
    </main>
  );
}
