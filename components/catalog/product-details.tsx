import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DetailList } from "@/components/ui/detail-list";
import type { ProductDetails as Product } from "@/lib/catalog/get-product";
import { formatMoney } from "@/lib/catalog/money";

const SPECS = ["lengthMm", "widthMm", "heightMm", "sizeToleranceMm", "weightG", "weightToleranceG"] as const;

/** A product's identifiers, producer price and the specifications it records. */
export function ProductDetails({ product }: { product: Product }) {
  const t = useTranslations("catalog");
  const format = useFormatter();
  const locale = useLocale();
  const specs = SPECS.flatMap((field): [string, string][] => {
    const value = product[field];
    return value === null ? [] : [[t(field), format.number(value)]];
  });
  return (
    <DetailList
      rows={[
        [t("sku"), product.sku],
        [t("articleNumber"), product.articleNumber ?? t("notRecorded")],
        [t("price"), formatMoney(product.producerPriceMinor, product.currency, locale)],
        [t("line"), `${product.line.code} · ${product.line.name}`],
        ...(specs.length ? specs : [[t("specs"), t("notRecorded")] as [string, string]]),
      ]}
    />
  );
}
