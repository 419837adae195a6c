import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { feedbackSummary, listFeedback } from "@/lib/trace/list-feedback";
import { FeedbackList } from "./feedback-list";

type Props = { ctx: Ctx; batch: { id: string; publicCode: string; status: string } };

/** The batch page's section of visitors' feedback and a link to the lot's public page; for staff who may read feedback. */
export async function BatchFeedback({ ctx, batch }: Props) {
  if (!can(ctx, "feedback.read")) return null;
  const [t, format, page, summary] = await Promise.all([
    getTranslations("feedback"),
    getFormatter(),
    listFeedback(ctx, { batchId: batch.id }),
    feedbackSummary(ctx, batch.id),
  ]);
  const isPublic = batch.status === "accepted" || batch.status === "partially_accepted";
  return (
    <section aria-labelledby="feedback-title" className="space-y-3" data-testid="batch-feedback">
      <h2 id="feedback-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {summary.average !== null ? <p>{t("summary", { count: summary.count, value: format.number(summary.average, { maximumFractionDigits: 1 }) })}</p> : null}
      <FeedbackList items={page.items} showLot={false} />
      <p className="flex flex-wrap gap-x-4 gap-y-2">
        {page.nextCursor ? (
          <Link href={`/feedback?batch=${batch.id}`} className="text-brand-700 underline">
            {t("allForLot")}
          </Link>
        ) : null}
        {isPublic ? (
          <a href={`/t/${batch.publicCode}`} className="text-brand-700 underline">
            {t("publicPage")}
          </a>
        ) : null}
      </p>
    </section>
  );
}
