import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { LabelStatus } from "@/lib/labels/label-fields";

const tones: Record<LabelStatus, string> = {
  draft: "bg-stone-100 text-stone-700",
  in_review: "bg-sky-100 text-sky-800",
  changes_requested: "bg-amber-100 text-amber-800",
  approved: "bg-emerald-100 text-emerald-800",
  superseded: "bg-stone-200 text-stone-700",
  retired: "bg-stone-200 text-stone-700",
};

export function LabelStatusBadge({ status }: { status: LabelStatus }) {
  const t = useTranslations("labels.statuses");
  return (
    <span data-testid="label-status" className={cn("inline-block rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap", tones[status])}>
      {t(status)}
    </span>
  );
}
