import { useTranslations } from "next-intl";
import { FilterLinks } from "@/components/ui/filter-links";
import { BUYER_STATUSES, type BuyerStatus } from "@/lib/buyers/schemas";

export function BuyerStatusFilter({ current }: { current: BuyerStatus }) {
  const t = useTranslations("buyers");
  const choices = BUYER_STATUSES.map((status) => ({ href: status === "active" ? "/buyers" : `/buyers?status=${status}`, label: t(`statuses.${status}`), active: status === current }));
  return <FilterLinks label={t("filter")} choices={choices} />;
}
