import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DetailList } from "@/components/ui/detail-list";
import type { ProductDetails as Product } from "@/lib/catalog/get-product";
import { formatMoney } from "@/lib/catalog/money";

const SPECS = ["lengthMm", "widthMm", "heightMm", "sizeToleranceMm", "weightG", "weightToleranceG"] as const;

/** A product's identifiers, its Japanese name when known, producer price and the specifications it records. */
export function ProductDetails({ product }: { product: Product }) {
  const t = useTranslations("catalog");
  const format = useFormatter();
  const locale = useLocale();
  const specs = SPECS.flatMap((field): [string, string][] => {
    const value = product[field];
    return value === null ? [] : [[t(field), format.number(value)]];
  });
  // lang="ja" so the browser picks Japanese glyphs for kanji shared with Chinese.
  const nameJa: [string, ReactNode][] = product.nameJa ? [[t("nameJa"), <span key="nameJa" lang="ja">{product.nameJa}</span>]] : [];
  return (
    <DetailList
      rows={[
        [t("sku"), product.sku],
        ...nameJa,
        [t("articleNumber"), product.articleNumber ?? t("notRecorded")],
        [t("price"), formatMoney(product.producerPriceMinor, product.currency, locale)],
        [t("line"), `${product.line.code} · ${product.line.name}`],
        ...(specs.length ? specs : [[t("specs"), t("notRecorded")] as [string, string]]),
      ]}
    />
  );
}
