import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const tones = { active: "bg-emerald-100 text-emerald-800", suspended: "bg-amber-100 text-amber-800", left: "bg-stone-200 text-stone-700" };

export function MemberStatusBadge({ status }: { status: keyof typeof tones }) {
  const t = useTranslations("members.statuses");
  return <span className={cn("inline-block rounded-full px-2.5 py-0.5 text-sm font-medium", tones[status])}>{t(status)}</span>;
}
