import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProductForm } from "@/components/catalog/product-form";
import { PageHeader } from "@/components/ui/page-header";
import { productFormValues } from "@/lib/catalog/form-values";
import { getProduct } from "@/lib/catalog/get-product";
import { getAssociation } from "@/lib/tenancy/get-association";
import { fileUrl } from "@/lib/uploads/file-url";
import { loadCatalog } from "../../../load-catalog";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog"))("edit") };
}

export default async function EditProductPage({ params }: Props) {
  const { id } = await params;
  const {
    data: [product, association],
  } = await loadCatalog((ctx) => Promise.all([getProduct(ctx, id), getAssociation(ctx)]));
  const t = await getTranslations("catalog");
  return (
    <>
      <PageHeader title={t("editProductTitle", { name: product.name })} />
      <ProductForm initial={productFormValues(product)} currency={association.currency} photos={product.photoIds.map((fileId) => ({ id: fileId, url: fileUrl(fileId) }))} />
    </>
  );
}
