import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export function UserStatusBadge({ status }: { status: "active" | "disabled" }) {
  const t = useTranslations("accounts.users.statuses");
  return (
    <span
      data-testid="user-status"
      className={cn("rounded-full px-2 py-0.5 text-sm font-medium", status === "active" ? "bg-brand-50 text-brand-900" : "bg-stone-200 text-stone-800")}
    >
      {t(status)}
    </span>
  );
}
