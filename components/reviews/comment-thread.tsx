import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { ReviewComment } from "@/lib/reviews/get-review";
import { CommentForm } from "./comment-form";
import type { ReviewAction } from "./review-action";

function CommentBody({ comment }: { comment: ReviewComment }) {
  const t = useTranslations("reviews.comments");
  const format = useFormatter();
  return (
    <article className="space-y-2" data-testid="review-comment">
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm text-stone-600">
        <span className="font-medium text-stone-900">{comment.author.name}</span>
        <time dateTime={comment.createdAt.toISOString()}>{format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
        {comment.version !== null ? <span>{t("onVersion", { version: comment.version })}</span> : null}
      </header>
      <p className="break-words whitespace-pre-line">{comment.body}</p>
      {comment.files.length > 0 ? (
        <ul aria-label={t("attachments")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {comment.files.map((file) => (
            <li key={file.id}>
              <a href={file.url} target="_blank" rel="noopener" className="text-brand-700 underline">
                {file.name ?? t("unnamed")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

/** The subject's discussion: each comment with its replies and, for those who may, a reply form. */
export function CommentThread<T>({ comments, canComment, action }: { comments: ReviewComment[]; canComment: boolean; action: ReviewAction<T> }) {
  const t = useTranslations("reviews.comments");
  return (
    <section aria-labelledby="review-comments-title" className="space-y-4">
      <h3 id="review-comments-title" className="text-lg font-semibold">
        {t("title")}
      </h3>
      {comments.length === 0 ? <p className="text-stone-600">{t("none")}</p> : null}
      <ol className="space-y-3">
        {comments.map((comment) => (
          <li key={comment.id} className="space-y-3 rounded-md border border-stone-200 bg-white p-4">
            <CommentBody comment={comment} />
            {comment.replies.length > 0 ? (
              <ol className="space-y-3 border-l-2 border-stone-200 pl-4">
                {comment.replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentBody comment={reply} />
                  </li>
                ))}
              </ol>
            ) : null}
            {canComment ? (
              <details>
                <summary className={buttonClass("ghost", "cursor-pointer")}>{t("reply")}</summary>
                <div className="pt-3">
                  <CommentForm action={action} parentId={comment.id} label={t("replyLabel", { name: comment.author.name })} />
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {canComment ? <CommentForm action={action} label={t("new")} /> : null}
    </section>
  );
}
