import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BalanceSummary } from "@/components/payouts/balance-summary";
import { LedgerEntries } from "@/components/payouts/ledger-entries";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { myLedger } from "@/lib/payouts/ledger";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payouts"))("myTitle") };
}

export default async function MyEarningsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const ctx = await requireSession();
  if (!can(ctx, "payout.readOwn") || !ctx.memberId) notFound();
  const { cursor } = await searchParams;
  const [t, ledger] = await Promise.all([getTranslations("payouts"), myLedger(ctx, { cursor })]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("myTitle")} intro={t("myIntro")} />
      <BalanceSummary sums={ledger.sums} currency={ledger.currency} audience="producer" />
      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("history")}
        </h2>
        {ledger.items.length === 0 ? <p className="text-stone-600">{t("myEmpty")}</p> : <LedgerEntries entries={ledger.items} currency={ledger.currency} />}
        {ledger.nextCursor ? (
          <Link href={`/my-earnings?cursor=${ledger.nextCursor}`} className={buttonClass("secondary")}>
            {t("olderEntries")}
          </Link>
        ) : null}
      </section>
    </div>
  );
}
