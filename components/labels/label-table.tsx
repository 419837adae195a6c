import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { LabelListItem } from "@/lib/labels/list-label-designs";
import { LabelStatusBadge } from "./label-status-badge";

const COLUMNS = ["product", "market", "kind", "status", "version", "updated"] as const;

/** Label designs as a table; on a phone it scrolls sideways inside its box. */
export function LabelTable({ items }: { items: LabelListItem[] }) {
  const t = useTranslations("labels");
  const format = useFormatter();
  if (items.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-stone-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="label-list">
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
          {items.map((d) => (
            <tr key={d.id}>
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/labels/${d.id}`} className="text-brand-700 underline">
                  {d.productName}
                </Link>
                <span className="block font-mono text-xs text-stone-600">{d.sku}</span>
              </th>
              <td className="px-3 py-2">{t(`markets.${d.market}`)}</td>
              <td className="px-3 py-2">{t(`kinds.${d.kind}`)}</td>
              <td className="px-3 py-2">
                <LabelStatusBadge status={d.status} />
              </td>
              <td className="px-3 py-2">{t("versionShort", { version: d.version })}</td>
              <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(d.updatedAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
