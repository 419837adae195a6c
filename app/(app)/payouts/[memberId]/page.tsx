import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdjustmentForm } from "@/components/payouts/adjustment-form";
import { BalanceSummary } from "@/components/payouts/balance-summary";
import { ExportLinks } from "@/components/payouts/export-links";
import { LedgerEntries } from "@/components/payouts/ledger-entries";
import { PaymentForm } from "@/components/payouts/payment-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors/domain-errors";
import { memberLedger } from "@/lib/payouts/ledger";
import { getAssociation } from "@/lib/tenancy/get-association";

type Props = { params: Promise<{ memberId: string }>; searchParams: Promise<{ cursor?: string }> };

/** The member's ledger for the page, or the not-found page for anything the caller may not see. */
async function loadLedger(memberId: string, cursor: string | undefined) {
  const ctx = await requireSession();
  if (!can(ctx, "payout.read")) notFound();
  try {
    return { ctx, ledger: await memberLedger(ctx, memberId, { cursor }) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ledger } = await loadLedger((await params).memberId, undefined);
  return { title: ledger.member.fullName };
}

export default async function MemberPayoutsPage({ params, searchParams }: Props) {
  const [{ memberId }, { cursor }] = await Promise.all([params, searchParams]);
  const { ctx, ledger } = await loadLedger(memberId, cursor);
  const [t, association] = await Promise.all([getTranslations("payouts"), getAssociation(ctx)]);
  const { member, currency } = ledger;
  // en-CA writes dates as YYYY-MM-DD: the association's calendar day.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: association.timezone }).format(new Date());
  return (
    <div className="space-y-6">
      <Link href="/payouts" className="text-sm text-brand-700 underline">
        {t("backToBalances")}
      </Link>
      <PageHeader
        title={member.fullName}
        intro={[member.memberNumber, member.villageName, member.groupName].filter(Boolean).join(" · ")}
        actions={<ExportLinks filters={{ member: member.id }} />}
      />
      <BalanceSummary sums={ledger.sums} currency={currency} audience="staff" />
      {can(ctx, "payout.record") ? (
        <div className="grid gap-6 rounded-md border border-stone-200 bg-white p-4 md:grid-cols-2">
          <PaymentForm memberId={member.id} currency={currency} balanceMinor={ledger.sums.balanceMinor} today={today} />
          <AdjustmentForm memberId={member.id} currency={currency} />
        </div>
      ) : null}
      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("history")}
        </h2>
        {ledger.items.length === 0 ? <p className="text-stone-600">{t("noEntries")}</p> : <LedgerEntries entries={ledger.items} currency={currency} />}
        {ledger.nextCursor ? (
          <Link href={`/payouts/${member.id}?cursor=${ledger.nextCursor}`} className={buttonClass("secondary")}>
            {t("olderEntries")}
          </Link>
        ) : null}
      </section>
    </div>
  );
}
