import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { CatalogStatus } from "@/lib/catalog/options";

const tones: Record<CatalogStatus, string> = {
  draft: "bg-sky-100 text-sky-800",
  active: "bg-emerald-100 text-emerald-800",
  retired: "bg-stone-200 text-stone-700",
};

/** The status of a line, product or material. */
export function CatalogStatusBadge({ status }: { status: CatalogStatus }) {
  const t = useTranslations("catalog.statuses");
  return <span className={cn("inline-block rounded-full px-2.5 py-0.5 text-sm font-medium", tones[status])}>{t(status)}</span>;
}
