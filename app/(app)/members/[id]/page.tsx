import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IssueAccountButton } from "@/components/accounts/issue-account-button";
import { StatusBadge } from "@/components/batches/status-badge";
import { MemberActivity } from "@/components/members/member-activity";
import { MemberConsentForm } from "@/components/members/member-consent-form";
import { MemberDetails } from "@/components/members/member-details";
import { MemberStatusBadge } from "@/components/members/member-status-badge";
import { MemberStatusForm } from "@/components/members/member-status-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { loadMember } from "./load-member";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { member } = await loadMember((await params).id);
  return { title: member.fullName };
}

export default async function MemberPage({ params }: Props) {
  const { ctx, member } = await loadMember((await params).id);
  const t = await getTranslations("members");
  const manage = can(ctx, "member.manage");
  return (
    <div className="space-y-6">
      <PageHeader
        title={member.fullName}
        actions={
          <div className="flex items-center gap-2">
            <MemberStatusBadge status={member.status} />
            {manage ? (
              <Link href={`/members/${member.id}/edit`} className={buttonClass("secondary")}>
                {t("edit")}
              </Link>
            ) : null}
          </div>
        }
      />
      <MemberDetails member={member} />
      {can(ctx, "account.issueProducer") && member.phone ? (
        <section aria-labelledby="account-title" className="space-y-2">
          <h2 id="account-title" className="text-lg font-semibold">
            {t("account")}
          </h2>
          <p className="text-stone-600" data-testid="account-state">
            {member.account ? (member.account.activated ? t("accountActive") : t("accountPending")) : t("accountNone")}
          </p>
          <IssueAccountButton memberId={member.id} hasAccount={member.account !== null} userId={member.account?.id} />
        </section>
      ) : null}
      <section aria-labelledby="batches-title" className="space-y-2">
        <h2 id="batches-title" className="text-lg font-semibold">
          {t("batches")}
        </h2>
        {member.batches.length === 0 ? <p className="text-stone-600">{t("noBatches")}</p> : null}
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
          {member.batches.map((b) => (
            <li key={b.id}>
              <Link href={`/batches/${b.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 hover:bg-stone-50">
                <span>
                  <span className="font-mono">{b.lotCode}</span> · {b.productName} · {b.quantity}
                </span>
                <StatusBadge status={b.status} />
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {manage ? (
        <div className="grid gap-6 md:grid-cols-2">
          <MemberStatusForm memberId={member.id} status={member.status} />
          <MemberConsentForm memberId={member.id} consent={member.publicConsent} since={member.publicConsentAt} />
        </div>
      ) : null}
      <MemberActivity activity={member.activity} />
    </div>
  );
}
