import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { quantityText } from "@/components/ui/use-quantity-text";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/batches/status-badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { listMyBatches } from "@/lib/batches/list-my-batches";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("batches"))("myTitle") };
}

export default async function MyBatchesPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const ctx = await requireSession();
  if (!can(ctx, "batch.listOwn")) notFound();
  const { cursor } = await searchParams;
  const [t, tNav, format, page, tQuantity] = await Promise.all([
    getTranslations("batches"),
    getTranslations("nav"),
    getFormatter(),
    listMyBatches(ctx, { cursor }),
    getTranslations("quantity"),
  ]);
  return (
    <>
      <PageHeader
        title={t("myTitle")}
        actions={
          <Link href="/my-batches/new" className={buttonClass("primary")}>
            {tNav("logBatch")}
          </Link>
        }
      />
      {page.items.length === 0 ? <p className="text-stone-600">{t("empty")}</p> : null}
      <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="my-batches">
        {page.items.map((b) => (
          <li key={b.id}>
            <Link href={`/my-batches/${b.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-stone-50">
              <span>
                <span className="block font-medium">{b.productName}</span>
                <span className="block text-sm text-stone-600">
                  <span className="font-mono">{b.lotCode}</span> · {quantityText(tQuantity, format, b.quantity, b.unit)} · {format.dateTime(b.createdAt, { dateStyle: "medium" })}
                </span>
              </span>
              <StatusBadge status={b.status} />
            </Link>
          </li>
        ))}
      </ul>
      {page.nextCursor ? (
        <Link href={`/my-batches?cursor=${page.nextCursor}`} className={buttonClass("secondary", "mt-4")}>
          {t("more")}
        </Link>
      ) : null}
    </>
  );
}
