import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useQuantityText } from "@/components/ui/use-quantity-text";
import type { BatchListItem } from "@/lib/batches/list-batches";
import { StatusBadge } from "./status-badge";

const COLUMNS = ["lotCode", "product", "producer", "village", "quantity", "status", "submittedAt"] as const;

/** The coordinators' batch list; on a phone the table scrolls sideways inside its box. */
export function BatchTable({ items }: { items: BatchListItem[] }) {
  const t = useTranslations("batchList");
  const format = useFormatter();
  const quantityText = useQuantityText();
  if (items.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-stone-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="batch-list">
        <thead className="bg-stone-50 text-stone-700">
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {items.map((b) => (
            <tr key={b.id}>
              <th scope="row" className="px-3 py-2 font-mono font-normal whitespace-nowrap">
                <Link href={`/batches/${b.id}`} className="text-brand-700 underline">
                  {b.lotCode}
                </Link>
              </th>
              <td className="px-3 py-2">{b.productName}</td>
              <td className="px-3 py-2">{b.producerName}</td>
              <td className="px-3 py-2">{b.villageName}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {quantityText(b.quantity, b.unit)}
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={b.status} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{b.submittedAt ? format.dateTime(b.submittedAt, { dateStyle: "medium" }) : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
