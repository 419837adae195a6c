import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ChangeRoleForm } from "@/components/accounts/change-role-form";
import { ReissueCodeButton } from "@/components/accounts/reissue-code-button";
import { UserStatusBadge } from "@/components/accounts/user-status-badge";
import { UserStatusForm } from "@/components/accounts/user-status-form";
import { PageHeader } from "@/components/ui/page-header";
import { getUser } from "@/lib/accounts/get-user";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-errors";

type Props = { params: Promise<{ userId: string }> };

async function load(userId: string) {
  const ctx = await requireSession();
  if (!can(ctx, "account.manageStaff")) notFound();
  try {
    return { ctx, user: await getUser(ctx, userId) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).userId)).user.name };
}

export default async function UserPage({ params }: Props) {
  const { ctx, user } = await load((await params).userId);
  const [t, tRole, format] = await Promise.all([getTranslations("accounts"), getTranslations("roles"), getFormatter()]);
  const own = user.id === ctx.userId;
  const section = "space-y-3 rounded-md border border-stone-200 bg-white p-4";
  return (
    <div className="space-y-6">
      <PageHeader title={user.name} actions={<UserStatusBadge status={user.status} />} />
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="text-sm text-stone-600">{t("user.role")}</dt>
        <dd>{tRole(user.role)}</dd>
        <dt className="text-sm text-stone-600">{t("user.login")}</dt>
        <dd className="break-all">{user.email ?? user.phone}</dd>
        {user.memberNumber ? (
          <>
            <dt className="text-sm text-stone-600">{t("user.member")}</dt>
            <dd className="font-mono">{user.memberNumber}</dd>
          </>
        ) : null}
        <dt className="text-sm text-stone-600">{t("user.activation")}</dt>
        <dd>{user.activated ? t("users.activated") : t("users.pending")}</dd>
      </dl>
      {user.status === "active" ? (
        <section className={section} aria-labelledby="access-title">
          <h2 id="access-title" className="font-semibold">
            {t("user.access")}
          </h2>
          {user.codeExpiresAt ? <p className="text-sm">{t("user.codeUntil", { date: format.dateTime(user.codeExpiresAt, { dateStyle: "long" }) })}</p> : null}
          <ReissueCodeButton userId={user.id} activated={user.activated} />
        </section>
      ) : null}
      {own ? <p className="text-stone-700">{t("user.ownAccount")}</p> : null}
      {!own && user.role !== "producer" ? (
        <section className={section}>
          <ChangeRoleForm userId={user.id} role={user.role} />
        </section>
      ) : null}
      {!own ? (
        <section className={section}>
          <UserStatusForm key={user.status} userId={user.id} status={user.status} />
        </section>
      ) : null}
      <Link href={`/settings/users?kind=${user.role === "producer" ? "producers" : "staff"}`} className="inline-block text-brand-700 underline">
        {t("user.back")}
      </Link>
    </div>
  );
}
