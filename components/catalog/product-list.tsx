import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { LineDetails } from "@/lib/catalog/get-line";
import { formatMoney } from "@/lib/catalog/money";
import { CatalogStatusBadge } from "./catalog-status-badge";

/** A line's products with SKU, producer price and status. */
export function ProductList({ products }: { products: LineDetails["products"] }) {
  const t = useTranslations("catalog");
  const locale = useLocale();
  if (products.length === 0) return <p className="text-stone-600">{t("noProducts")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="product-list">
      {products.map((p) => (
        <li key={p.id}>
          <Link href={`/catalog/products/${p.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-stone-50">
            <span className="min-w-0">
              <span className="block font-medium break-words">{p.name}</span>
              <span className="block text-sm text-stone-600">
                <span className="font-mono">{p.sku}</span> · {formatMoney(p.producerPriceMinor, p.currency, locale)}
              </span>
            </span>
            <CatalogStatusBadge status={p.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
