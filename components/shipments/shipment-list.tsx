import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import { formatMoney } from "@/lib/catalog/money";
import type { ShipmentListItem } from "@/lib/shipments/list-shipments";

const COLUMNS = ["code", "buyer", "destination", "plannedDate", "lines", "value"] as const;

/** Shipments of one status, each opening its page. */
export function ShipmentList({ items }: { items: ShipmentListItem[] }) {
  const t = useTranslations("shipments");
  const format = useFormatter();
  const locale = useLocale();
  if (items.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <DataTable headings={COLUMNS.map((c) => t(`columns.${c}`))} testId="shipment-list">
      {items.map((s) => (
        <tr key={s.id}>
          <th scope="row" className="px-3 py-2 font-mono font-normal whitespace-nowrap">
            <Link href={`/shipments/${s.id}`} className="text-brand-700 underline">
              {s.code}
            </Link>
          </th>
          <td className="px-3 py-2">{s.buyerName}</td>
          <td className="px-3 py-2">
            {s.destination} · {s.market}
          </td>
          <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(new Date(`${s.plannedDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}</td>
          <td className="px-3 py-2">{s.lineCount}</td>
          <td className="px-3 py-2 whitespace-nowrap">{formatMoney(s.totalMinor, s.currency, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
