import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { listInspectionQueue } from "@/lib/inspections/list-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inspections"))("queueTitle") };
}

export default async function InspectionQueuePage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const ctx = await requireSession();
  if (!can(ctx, "inspection.queue")) notFound();
  const { cursor } = await searchParams;
  const [t, tBatch, format, page] = await Promise.all([
    getTranslations("inspections"),
    getTranslations("batches"),
    getFormatter(),
    listInspectionQueue(ctx, { cursor }),
  ]);
  return (
    <>
      <PageHeader title={t("queueTitle")} intro={t("queueIntro")} />
      {page.items.length === 0 ? <p className="text-stone-600">{t("empty")}</p> : null}
      <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="inspection-queue">
        {page.items.map((b) => (
          <li key={b.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium">
                <span className="font-mono">{b.lotCode}</span> · {b.productName}
              </p>
              <p className="text-sm text-stone-600">
                {b.producerName} · {b.villageName} · {tBatch("pieces", { count: b.quantity })}
              </p>
              {b.submittedAt ? <p className="text-sm text-stone-500">{t("waiting", { date: format.dateTime(b.submittedAt, { dateStyle: "medium" }) })}</p> : null}
            </div>
            <Link href={`/batches/${b.id}`} className={buttonClass("secondary")} aria-label={`${t("open")} ${b.lotCode}`}>
              {t("open")}
            </Link>
          </li>
        ))}
      </ul>
      {page.nextCursor ? (
        <Link href={`/inspections?cursor=${page.nextCursor}`} className={buttonClass("secondary", "mt-4")}>
          {t("more")}
        </Link>
      ) : null}
    </>
  );
}
