import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UserList } from "@/components/accounts/user-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listUsers, USER_KINDS, type UserKind } from "@/lib/accounts/list-users";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.users"))("title") };
}

type Props = { searchParams: Promise<{ kind?: string; cursor?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const ctx = await requireSession();
  if (!can(ctx, "account.manageStaff")) notFound();
  const params = await searchParams;
  const kind: UserKind = params.kind === "producers" ? "producers" : "staff";
  const [t, page] = await Promise.all([getTranslations("accounts.users"), listUsers(ctx, { kind, cursor: params.cursor })]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href="/settings/users/new" className={buttonClass("primary")}>
            {t("newStaff")}
          </Link>
        }
      />
      <nav className="mb-4 flex gap-2" aria-label={t("title")}>
        {USER_KINDS.map((k) => (
          <Link key={k} href={`/settings/users?kind=${k}`} aria-current={k === kind ? "page" : undefined} className={buttonClass(k === kind ? "primary" : "secondary")}>
            {t(k)}
          </Link>
        ))}
      </nav>
      <UserList items={page.items} />
      {page.nextCursor ? (
        <Link href={`/settings/users?kind=${kind}&cursor=${page.nextCursor}`} className={buttonClass("secondary", "mt-4")}>
          {t("more")}
        </Link>
      ) : null}
    </>
  );
}
