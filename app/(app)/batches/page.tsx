import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BatchFilterForm } from "@/components/batches/batch-filters";
import { BatchTable } from "@/components/batches/batch-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { listBatchFilterOptions } from "@/lib/batches/filter-options";
import { batchFiltersFromParams, batchFiltersQuery } from "@/lib/batches/filters";
import { listBatches } from "@/lib/batches/list-batches";
import { listPlaces } from "@/lib/geography/list-places";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("batchList"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BatchesPage({ searchParams }: Props) {
  const ctx = await requireSession();
  if (!can(ctx, "batch.list")) notFound();
  const { cursor, ...filters } = batchFiltersFromParams(await searchParams);
  const [t, options, places, page] = await Promise.all([
    getTranslations("batchList"),
    listBatchFilterOptions(ctx),
    listPlaces(ctx),
    listBatches(ctx, { ...filters, cursor }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <BatchFilterForm filters={filters} lines={options.lines} products={options.products} villages={places.villages} />
      <BatchTable items={page.items} />
      {page.nextCursor ? (
        <Link href={`/batches?${batchFiltersQuery(filters, { cursor: page.nextCursor })}`} className={buttonClass("secondary", "mt-4")}>
          {t("more")}
        </Link>
      ) : null}
    </>
  );
}
