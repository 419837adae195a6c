import { useTranslations } from "next-intl";
import { commentOnLabelAction, decideOnLabelAction } from "@/app/(app)/labels/[id]/actions";
import { ReviewPanel } from "@/components/reviews/review-panel";
import type { ReviewView } from "@/lib/reviews/get-review";
import { contentPathName, readableContent } from "./readable-content";

/** The reviewers' discussion and decisions on a design, its versions shown with names rather than codes. */
export function LabelReview({ designId, review }: { designId: string; review: ReviewView }) {
  const t = useTranslations("labels");
  const readable = { ...review, versions: review.versions.map((v) => ({ ...v, content: readableContent(t, v.content) })) };
  return (
    <ReviewPanel
      review={readable}
      labels={(path) => contentPathName(t, path)}
      decideAction={decideOnLabelAction.bind(null, designId)}
      commentAction={commentOnLabelAction.bind(null, designId)}
    />
  );
}
