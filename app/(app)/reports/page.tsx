import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OverviewTable } from "@/components/reports/overview-table";
import { YearPicker } from "@/components/reports/year-picker";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { getRegionalOverview } from "@/lib/reports/regional-overview";
import { reportYears } from "@/lib/reports/report-years";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const ctx = await requireSession();
  if (!can(ctx, "report.regional")) notFound();
  const years = reportYears();
  const requested = Number((await searchParams).year);
  const year = years.includes(requested) ? requested : years[0]!;
  const [t, report] = await Promise.all([getTranslations("reports"), getRegionalOverview(ctx, { year })]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} actions={<YearPicker years={years} selected={year} />} />
      <OverviewTable report={report} />
    </>
  );
}
