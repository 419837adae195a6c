import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ShipmentStatus } from "@/lib/shipments/options";

const tones: Record<ShipmentStatus, string> = {
  planning: "bg-sky-100 text-sky-800",
  packed: "bg-amber-100 text-amber-800",
  shipped: "bg-emerald-100 text-emerald-800",
  delivered: "bg-lime-100 text-lime-800",
  closed: "bg-stone-200 text-stone-700",
  cancelled: "bg-red-100 text-red-800",
};

export function ShipmentStatusBadge({ status }: { status: ShipmentStatus }) {
  const t = useTranslations("shipments.statuses");
  return (
    <span className={cn("inline-block rounded-full px-2.5 py-0.5 text-sm font-medium", tones[status])} data-testid="shipment-status">
      {t(status)}
    </span>
  );
}
