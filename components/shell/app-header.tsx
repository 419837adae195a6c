import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Ctx } from "@/lib/auth/context";
import { LanguageSwitcher } from "./language-switcher";
import { navItemsFor } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ user }: { user: Ctx }) {
  const t = useTranslations("nav");
  const tApp = useTranslations("app");
  const tRole = useTranslations("roles");
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          {tApp("name")}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-stone-600" data-testid="signed-in-as">
            {t("signedInAs", { name: user.name })} · {tRole(user.role)}
          </span>
          <SignOutButton label={t("signOut")} />
        </div>
      </div>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 pb-2">
        <nav aria-label={t("menu")}>
          <ul className="flex flex-wrap gap-1">
            {navItemsFor(user.role).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-stone-800 hover:bg-stone-100">
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
