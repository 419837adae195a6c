import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { IssueAccountButton } from "@/components/accounts/issue-account-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlProps, Field } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { findMemberAccount } from "@/lib/accounts/find-member-account";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("new.title") };
}

type Props = { searchParams: Promise<{ member?: string | string[] }> };

/** A coordinator finds a member by number and hands them an account and a printed code. */
export default async function NewAccountPage({ searchParams }: Props) {
  const ctx = await requireSession();
  if (!can(ctx, "account.issueProducer")) notFound();
  const { member: number } = await searchParams;
  const query = typeof number === "string" ? number.trim().slice(0, 40) : "";
  const [t, found] = await Promise.all([getTranslations("accounts"), query ? findMemberAccount(ctx, query) : undefined]);
  return (
    <>
      <PageHeader title={t("new.title")} intro={t("new.intro")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <Field id="member" label={t("new.memberNumber")} hint={t("new.memberNumberHint")}>
            <input {...controlProps("member", undefined, t("new.memberNumberHint"))} name="member" defaultValue={query} autoComplete="off" />
          </Field>
        </div>
        <Button type="submit" variant="secondary" className="mb-7">
          {t("new.find")}
        </Button>
      </form>
      {found === null ? <Alert tone="error">{t("new.notFound")}</Alert> : null}
      {found ? (
        <section className="space-y-3 rounded-md border border-stone-200 bg-white p-4" data-testid="member-account">
          <p>
            <span className="block font-medium">{found.fullName}</span>
            <span className="font-mono text-sm text-stone-600">{found.memberNumber}</span>
          </p>
          {!found.phone ? <Alert tone="error">{t("new.noPhone")}</Alert> : null}
          {found.userId ? <p className="text-sm text-stone-700">{t(found.userStatus === "disabled" ? "new.disabled" : "new.hasAccount")}</p> : null}
          {found.phone && found.userStatus !== "disabled" ? <IssueAccountButton memberId={found.id} hasAccount={Boolean(found.userId)} userId={found.userId ?? undefined} /> : null}
        </section>
      ) : null}
    </>
  );
}
