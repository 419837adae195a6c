import { useTranslations } from "next-intl";
import type { ReviewView } from "@/lib/reviews/get-review";
import { diffContent } from "@/lib/reviews/diff-content";
import { CommentThread } from "./comment-thread";
import { DecisionForm } from "./decision-form";
import type { ReviewAction } from "./review-action";
import { ReviewStatusBadge } from "./review-status-badge";
import { VersionDiff, type VersionComparison } from "./version-diff";
import { VersionList } from "./version-list";

export type ReviewPanelProps<D, C> = {
  review: ReviewView;
  /** How to name a content path such as "fields.fibreComposition.ja"; the path itself by default. */
  labels?: (path: string) => string;
  decideAction: ReviewAction<D>;
  commentAction: ReviewAction<C>;
};

/** Each version against the one before it, newest first. */
function comparisonsOf(review: ReviewView, labels: (path: string) => string): VersionComparison[] {
  return review.versions.flatMap((v, index) => {
    const previous = review.versions[index + 1];
    if (!previous) return [];
    const changes = diffContent(previous.content, v.content).map((c) => ({ ...c, label: labels(c.path) }));
    return [{ version: v.version, previous: previous.version, changes }];
  });
}

/** The review of a label design or product idea: where it stands, decisions, changes and discussion. */
export function ReviewPanel<D, C>({ review, labels = (path) => path, decideAction, commentAction }: ReviewPanelProps<D, C>) {
  const t = useTranslations("reviews");
  const current = review.versions[0];
  return (
    <section aria-labelledby="review-title" className="space-y-6" data-testid="review-panel">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="review-title" className="text-xl font-semibold">
            {t("title")}
          </h2>
          {current ? <ReviewStatusBadge status={current.status} /> : null}
        </div>
        {current ? (
          <p className="font-medium" data-testid="review-approvals">
            {t("approvals", { approvals: current.approvals, required: current.approvalsRequired })}
          </p>
        ) : (
          <p className="text-stone-600">{t("notSubmitted")}</p>
        )}
        {review.open?.status === "changes_requested" ? <p className="text-stone-700">{t("waitingForVersion")}</p> : null}
      </div>
      {review.canDecide ? <DecisionForm action={decideAction} /> : null}
      {current ? <VersionDiff comparisons={comparisonsOf(review, labels)} /> : null}
      {current ? <VersionList versions={review.versions} /> : null}
      <CommentThread comments={review.comments} canComment={review.canComment} action={commentAction} />
    </section>
  );
}
