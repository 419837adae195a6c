import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { DefectClass } from "@/lib/qc/decision";

const tones: Record<DefectClass, string> = {
  critical: "bg-red-100 text-red-800",
  major: "bg-amber-100 text-amber-800",
  minor: "bg-stone-200 text-stone-700",
};

export function DefectClassBadge({ defectClass }: { defectClass: DefectClass }) {
  const t = useTranslations("checklists.classes");
  return <span className={cn("inline-block rounded-full px-2.5 py-0.5 text-sm font-medium", tones[defectClass])}>{t(defectClass)}</span>;
}
