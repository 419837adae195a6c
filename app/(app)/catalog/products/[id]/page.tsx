import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CatalogStatusBadge } from "@/components/catalog/catalog-status-badge";
import { ProductDetails } from "@/components/catalog/product-details";
import { ProductGallery } from "@/components/catalog/product-gallery";
import { ProductLabels } from "@/components/labels/product-labels";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getProduct } from "@/lib/catalog/get-product";
import { listLabelDesigns } from "@/lib/labels/list-label-designs";
import { MARKET_CODES } from "@/lib/labels/markets";
import { loadCatalog } from "../../load-catalog";

type Props = { params: Promise<{ id: string }> };

const load = async (params: Props["params"]) => {
  const { id } = await params;
  return (
    await loadCatalog(async (ctx) => {
      const product = await getProduct(ctx, id);
      const labels = can(ctx, "label.read") ? (await listLabelDesigns(ctx, { productId: product.id })).items : null;
      return { product, labels, canCreateLabel: can(ctx, "label.manage") };
    })
  ).data;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).product.name };
}

export default async function ProductPage({ params }: Props) {
  const { product, labels, canCreateLabel } = await load(params);
  const t = await getTranslations("catalog");
  return (
    <div className="space-y-6">
      <Link href={`/catalog/lines/${product.line.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
        {product.line.name}
      </Link>
      <PageHeader
        title={product.name}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <CatalogStatusBadge status={product.status} />
            <Link href={`/catalog/products/${product.id}/edit`} className={buttonClass("secondary")}>
              {t("edit")}
            </Link>
          </div>
        }
      />
      {product.status === "retired" || product.line.status === "retired" ? <Alert tone="success">{t("retiredNote")}</Alert> : null}
      <ProductDetails product={product} />
      <section aria-labelledby="photos-title" className="space-y-2">
        <h2 id="photos-title" className="text-lg font-semibold">
          {t("photos")}
        </h2>
        <ProductGallery photoIds={product.photoIds} name={product.name} />
      </section>
      {labels ? <ProductLabels productId={product.id} designs={labels} markets={MARKET_CODES} canCreate={canCreateLabel} /> : null}
    </div>
  );
}
