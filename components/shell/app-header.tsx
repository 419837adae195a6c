import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Ctx } from "@/lib/auth/context";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { navItemsFor } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ user }: { user: Ctx }) {
  const t = useTranslations("nav");
  const tApp = useTranslations("app");
  const tRole = useTranslations("roles");
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 pt-3">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          {tApp("name")}
        </Link>
        <div className="flex items-center gap-3">
          <span className="hidden text-sm text-stone-600 sm:inline" data-testid="signed-in-as">
            {t("signedInAs", { name: user.name })} · {tRole(user.role)}
          </span>
          <NotificationBell user={user} />
          <SignOutButton label={t("signOut")} />
        </div>
      </div>
      <MainNav items={navItemsFor(user.role).map((item) => ({ href: item.href, label: t(item.label) }))} label={t("menu")} toggleLabel={t("menuButton")} />
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-3 px-4 pb-1 sm:justify-end">
        <span className="text-xs text-stone-600 sm:hidden">
          {user.name} · {tRole(user.role)}
        </span>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
