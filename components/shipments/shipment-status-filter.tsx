import { useTranslations } from "next-intl";
import { FilterLinks } from "@/components/ui/filter-links";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "@/lib/shipments/options";

export function ShipmentStatusFilter({ current }: { current: ShipmentStatus }) {
  const t = useTranslations("shipments");
  const choices = SHIPMENT_STATUSES.map((status) => ({ href: `/shipments?status=${status}`, label: t(`statuses.${status}`), active: status === current }));
  return <FilterLinks label={t("filter")} choices={choices} />;
}
