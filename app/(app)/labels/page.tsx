import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LabelFilters } from "@/components/labels/label-filters";
import { LabelTable } from "@/components/labels/label-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { listLabelDesigns } from "@/lib/labels/list-label-designs";
import { MARKET_CODES } from "@/lib/labels/markets";
import { labelFiltersSchema } from "@/lib/labels/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("labels"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LabelsPage({ searchParams }: Props) {
  const ctx = await requireSession();
  if (!can(ctx, "label.read")) notFound();
  const filters = labelFiltersSchema.parse(await searchParams);
  const [t, page] = await Promise.all([getTranslations("labels"), listLabelDesigns(ctx, filters)]);
  const query = (cursor: string) => new URLSearchParams({ ...(filters.status ? { status: filters.status } : {}), ...(filters.market ? { market: filters.market } : {}), cursor });
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(ctx, "label.manage") ? (
            <Link href="/labels/new" className={buttonClass()}>
              {t("newLabel")}
            </Link>
          ) : undefined
        }
      />
      <LabelFilters status={filters.status} market={filters.market} markets={MARKET_CODES} />
      <LabelTable items={page.items} />
      {page.nextCursor ? (
        <Link href={`/labels?${query(page.nextCursor).toString()}`} className={buttonClass("secondary", "mt-4")}>
          {t("more")}
        </Link>
      ) : null}
    </>
  );
}
