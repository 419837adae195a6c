import Link from "next/link";
import { useTranslations } from "next-intl";
import type { LineListItem } from "@/lib/catalog/list-lines";
import { isUnit } from "@/lib/catalog/options";
import { CatalogStatusBadge } from "./catalog-status-badge";

export function LineList({ lines }: { lines: LineListItem[] }) {
  const t = useTranslations("catalog");
  if (lines.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="line-list">
      {lines.map((line) => (
        <li key={line.id}>
          <Link href={`/catalog/lines/${line.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-stone-50">
            <span className="min-w-0">
              <span className="block font-medium break-words">{line.name}</span>
              <span className="block text-sm text-stone-600">
                <span className="font-mono">{line.code}</span> · {t(`categories.${line.category}`)} · {isUnit(line.unit) ? t(`units.${line.unit}`) : line.unit} ·{" "}
                {t("productCount", { count: line.productCount })}
              </span>
            </span>
            <CatalogStatusBadge status={line.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
