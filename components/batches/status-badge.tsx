import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const tones: Record<string, string> = {
  draft: "bg-stone-100 text-stone-700",
  submitted: "bg-sky-100 text-sky-800",
  in_inspection: "bg-amber-100 text-amber-800",
  accepted: "bg-emerald-100 text-emerald-800",
  partially_accepted: "bg-lime-100 text-lime-800",
  rejected: "bg-red-100 text-red-800",
  rework: "bg-orange-100 text-orange-800",
};

/** A batch status in its colour; `label` names something that leads to that status, such as an outcome. */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  const t = useTranslations("status");
  return (
    <span data-testid="status-badge" className={cn("inline-block rounded-full px-2.5 py-0.5 text-sm font-medium", tones[status])}>
      {label ?? t(status)}
    </span>
  );
}
