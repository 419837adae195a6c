import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { BatchShipment } from "@/lib/shipments/batch-shipments";
import { ShipmentStatusBadge } from "./shipment-status-badge";

/** On an accepted batch's page: how much of it is allocated, and the export shipments that took from it. */
export function BatchShipmentsSection({ shipments, allocated, accepted }: { shipments: BatchShipment[]; allocated: number; accepted: number }) {
  const t = useTranslations("shipments.batchShipments");
  const format = useFormatter();
  return (
    <section aria-labelledby="batch-shipments-title" className="space-y-3">
      <h2 id="batch-shipments-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p>{t("allocated", { allocated, accepted })}</p>
      {shipments.length === 0 ? <p className="text-stone-600">{t("empty")}</p> : null}
      <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="batch-shipments">
        {shipments.map((s) => (
          <li key={s.shipmentId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <span className="min-w-0 break-words">
              <Link href={`/shipments/${s.shipmentId}`} className="font-mono text-brand-700 underline">
                {s.code}
              </Link>{" "}
              · {s.buyerName} · {s.destination} · {t("quantity", { count: s.quantity })} ·{" "}
              {format.dateTime(s.shippedAt ?? new Date(`${s.plannedDate}T00:00:00Z`), { dateStyle: "medium", timeZone: s.shippedAt ? undefined : "UTC" })}
            </span>
            <ShipmentStatusBadge status={s.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
