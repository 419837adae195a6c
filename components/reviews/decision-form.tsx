"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { MAX_COMMENT_LENGTH } from "@/lib/reviews/schemas";
import type { ReviewAction } from "./review-action";
import { useReviewAction } from "./use-review-action";

/** A reviewer approves the version in review, or requests changes saying what must change. */
export function DecisionForm<T>({ action }: { action: ReviewAction<T> }) {
  const t = useTranslations("reviews.decide");
  const errorText = useErrorText();
  const { onSubmit, pending, failure, fieldErrors } = useReviewAction(action);
  const id = useId();
  const [titleId, commentId] = [`${id}-title`, `${id}-comment`];
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId} className="space-y-3 rounded-md border border-stone-200 bg-white p-4" data-testid="review-decision">
      <h3 id={titleId} className="font-semibold">
        {t("title")}
      </h3>
      <FailureAlert failure={failure} />
      <Field id={commentId} label={t("comment")} hint={t("commentHint")} error={errorText(fieldErrors.comment)}>
        <textarea {...controlProps(commentId, fieldErrors.comment, t("commentHint"))} name="comment" rows={3} maxLength={MAX_COMMENT_LENGTH} />
      </Field>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          {pending ? t("sending") : t("approve")}
        </Button>
        <Button type="submit" name="decision" value="request_changes" variant="secondary" disabled={pending}>
          {t("requestChanges")}
        </Button>
      </div>
    </form>
  );
}
