"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { DocumentPicker } from "@/components/uploads/document-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlProps, Field } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { MAX_COMMENT_LENGTH } from "@/lib/reviews/schemas";
import type { ReviewAction } from "./review-action";
import { useReviewAction } from "./use-review-action";

/** A new comment, or a reply when `parentId` is given, with attachments. */
export function CommentForm<T>({ action, parentId, label }: { action: ReviewAction<T>; parentId?: string; label: string }) {
  const t = useTranslations("reviews.comments");
  const errorText = useErrorText();
  const { onSubmit, pending, failure, fieldErrors, succeeded, round } = useReviewAction(action);
  const bodyId = `${useId()}-body`;
  // A refused reply target has no field of its own: its message goes to the form's alert.
  const shown = failure ? { error: fieldErrors.parentId ?? failure.error, requestId: failure.requestId } : null;
  return (
    <form key={round} onSubmit={onSubmit} noValidate aria-label={label} className="space-y-3" data-testid={parentId ? "review-reply-form" : "review-comment-form"}>
      {succeeded ? <Alert tone="success">{t("sent")}</Alert> : null}
      <FailureAlert failure={shown} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <Field id={bodyId} label={label} error={errorText(fieldErrors.body)}>
        <textarea {...controlProps(bodyId, fieldErrors.body)} name="body" rows={3} maxLength={MAX_COMMENT_LENGTH} required />
      </Field>
      <DocumentPicker name="fileIds" purpose="review_attachment" initial={[]} error={fieldErrors.files ?? fieldErrors.fileIds} />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
