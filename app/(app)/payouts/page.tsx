import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BalanceSummary } from "@/components/payouts/balance-summary";
import { BalanceTable } from "@/components/payouts/balance-table";
import { BulkPaymentForm } from "@/components/payouts/bulk-payment-form";
import { ExportLinks } from "@/components/payouts/export-links";
import { GroupingTabs } from "@/components/payouts/grouping-tabs";
import { LedgerFilters } from "@/components/payouts/ledger-filters";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { listPlaces } from "@/lib/geography/list-places";
import { balances } from "@/lib/payouts/balances";
import { ledgerQuery, requestLedgerQuery } from "@/lib/payouts/request-query";
import { getAssociation } from "@/lib/tenancy/get-association";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payouts"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PayoutsPage({ searchParams }: Props) {
  const ctx = await requireSession();
  if (!can(ctx, "payout.read")) notFound();
  const { groupBy, filters, cursor } = requestLedgerQuery(await searchParams);
  const [t, places, page, association] = await Promise.all([getTranslations("payouts"), listPlaces(ctx), balances(ctx, { groupBy, filters, cursor }), getAssociation(ctx)]);
  // en-CA writes dates as YYYY-MM-DD: the association's calendar day.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: association.timezone }).format(new Date());
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} actions={<ExportLinks filters={filters} />} />
      <GroupingTabs groupBy={groupBy} filters={filters} />
      <LedgerFilters groupBy={groupBy} filters={filters} places={places} />
      <BalanceSummary sums={page.totals} currency={page.currency} audience="staff" />
      <p className="text-sm text-stone-600" data-testid="balance-count">
        {t("rowCount", { count: page.totals.rows })}
      </p>
      {page.items.length === 0 ? <p className="text-stone-600">{t("empty")}</p> : null}
      {page.items.length > 0 && groupBy === "member" && can(ctx, "payout.record") ? (
        <BulkPaymentForm rows={page.items} currency={page.currency} today={today} />
      ) : null}
      {page.items.length > 0 && groupBy !== "member" ? <BalanceTable rows={page.items} groupBy={groupBy} filters={filters} currency={page.currency} /> : null}
      {page.nextCursor ? (
        <Link href={`/payouts?${ledgerQuery(filters, { by: groupBy, cursor: page.nextCursor })}`} className={buttonClass("secondary")}>
          {t("more")}
        </Link>
      ) : null}
    </div>
  );
}
