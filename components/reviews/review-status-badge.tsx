import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ReviewVersionStatus } from "@/lib/reviews/subject";

const tones: Record<ReviewVersionStatus, string> = {
  in_review: "bg-sky-100 text-sky-800",
  changes_requested: "bg-amber-100 text-amber-800",
  approved: "bg-emerald-100 text-emerald-800",
  superseded: "bg-stone-100 text-stone-700",
  withdrawn: "bg-stone-100 text-stone-700",
};

export function ReviewStatusBadge({ status }: { status: ReviewVersionStatus }) {
  const t = useTranslations("reviews.status");
  return (
    <span data-testid="review-status" className={cn("inline-block rounded-full px-2.5 py-0.5 text-sm font-medium", tones[status])}>
      {t(status)}
    </span>
  );
}
