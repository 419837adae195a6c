import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const tones = {
  in_progress: "bg-amber-100 text-amber-800",
  awaiting_approval: "bg-sky-100 text-sky-800",
  approved: "bg-emerald-100 text-emerald-800",
} as const;

export function InspectionStatusBadge({ status }: { status: keyof typeof tones }) {
  const t = useTranslations("inspections.statuses");
  return (
    <span data-testid="inspection-status" className={cn("inline-block rounded-full px-2.5 py-0.5 text-sm font-medium", tones[status])}>
      {t(status)}
    </span>
  );
}
