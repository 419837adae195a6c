import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FeedbackList } from "@/components/trace/feedback-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listFeedback } from "@/lib/trace/list-feedback";
import { loadPage } from "../load-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback"))("title") };
}

type Props = { searchParams: Promise<{ cursor?: string | string[]; batch?: string | string[] }> };

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** Recent feedback from the association's public lot pages; `?batch=` narrows it to one lot. */
export default async function FeedbackPage({ searchParams }: Props) {
  const query = await searchParams;
  const batchId = single(query.batch);
  const { data: page } = await loadPage("feedback.read", (ctx) => listFeedback(ctx, { cursor: single(query.cursor), batchId }));
  const t = await getTranslations("feedback");
  const next = page.nextCursor ? new URLSearchParams({ ...(batchId ? { batch: batchId } : {}), cursor: page.nextCursor }) : null;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {batchId ? (
        <p className="mb-4">
          {t("oneLot")} ·{" "}
          <Link href="/feedback" className="text-brand-700 underline">
            {t("showAll")}
          </Link>
        </p>
      ) : null}
      <FeedbackList items={page.items} />
      {next ? (
        <Link href={`/feedback?${next.toString()}`} className={buttonClass("secondary", "mt-4")}>
          {t("more")}
        </Link>
      ) : null}
    </>
  );
}
