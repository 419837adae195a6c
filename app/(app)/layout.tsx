import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/shell/app-header";
import { requireSession } from "@/lib/auth/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireSession();
  const t = await getTranslations("app");
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
