import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CatalogStatusBadge } from "@/components/catalog/catalog-status-badge";
import { LineDetails } from "@/components/catalog/line-details";
import { LineMaterialList } from "@/components/catalog/line-material-list";
import { ProductList } from "@/components/catalog/product-list";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getLine } from "@/lib/catalog/get-line";
import { loadCatalog } from "../../load-catalog";

type Props = { params: Promise<{ id: string }> };

const load = async (params: Props["params"]) => {
  const { id } = await params;
  return (await loadCatalog((ctx) => getLine(ctx, id))).data;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

export default async function LinePage({ params }: Props) {
  const line = await load(params);
  const t = await getTranslations("catalog");
  return (
    <div className="space-y-6">
      <PageHeader
        title={line.name}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <CatalogStatusBadge status={line.status} />
            <Link href={`/catalog/lines/${line.id}/edit`} className={buttonClass("secondary")}>
              {t("edit")}
            </Link>
          </div>
        }
      />
      {line.status === "retired" ? <Alert tone="success">{t("retiredNote")}</Alert> : null}
      <LineDetails line={line} />
      <section aria-labelledby="products-title" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="products-title" className="text-lg font-semibold">
            {t("products")}
          </h2>
          <Link href={`/catalog/lines/${line.id}/products/new`} className={buttonClass("secondary")}>
            {t("newProduct")}
          </Link>
        </div>
        <ProductList products={line.products} />
      </section>
      <section aria-labelledby="materials-title" className="space-y-2">
        <h2 id="materials-title" className="text-lg font-semibold">
          {t("allowedMaterials")}
        </h2>
        <LineMaterialList materials={line.materials} />
      </section>
    </div>
  );
}
