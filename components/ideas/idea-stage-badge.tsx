import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { IdeaStage } from "@/lib/ideas/options";

const tones: Record<IdeaStage, string> = {
  idea: "bg-stone-200 text-stone-800",
  sample: "bg-sky-100 text-sky-800",
  committee_review: "bg-amber-100 text-amber-900",
  changes_requested: "bg-orange-100 text-orange-900",
  approved: "bg-emerald-100 text-emerald-800",
  declined: "bg-red-100 text-red-800",
};

export function IdeaStageBadge({ stage }: { stage: IdeaStage }) {
  const t = useTranslations("ideas.stages");
  return (
    <span data-testid="idea-stage" className={cn("inline-block rounded-full px-2.5 py-0.5 text-sm font-medium", tones[stage])}>
      {t(stage)}
    </span>
  );
}
