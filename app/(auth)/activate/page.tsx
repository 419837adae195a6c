import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActivateForm } from "@/components/accounts/activate-form";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { homeFor } from "@/components/shell/nav-items";
import { normalizeActivationCode } from "@/lib/accounts/activation-code";
import { currentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // The slip's link carries the code: never pass it on in a Referer header.
  return { title: (await getTranslations("activate"))("title"), referrer: "no-referrer" };
}

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export default async function ActivatePage({ searchParams }: Props) {
  const user = await currentUser();
  if (user) redirect(homeFor(user.role));
  const { code } = await searchParams;
  const t = await getTranslations();
  return (
    <main className="mx-auto max-w-md px-4 py-8">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-2">
        <p className="text-lg font-semibold text-brand-700">{t("app.name")}</p>
        <LanguageSwitcher />
      </div>
      <h1 className="text-2xl font-semibold">{t("activate.title")}</h1>
      <p className="mb-6 mt-1 text-stone-600">{t("activate.intro")}</p>
      <ActivateForm code={(typeof code === "string" && normalizeActivationCode(code)) || ""} />
      <Link href="/login" className="mt-6 inline-block text-brand-700 underline">
        {t("activate.signIn")}
      </Link>
    </main>
  );
}
