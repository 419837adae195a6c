import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProductForm } from "@/components/catalog/product-form";
import { PageHeader } from "@/components/ui/page-header";
import { newProductValues } from "@/lib/catalog/form-values";
import { getLine } from "@/lib/catalog/get-line";
import { getAssociation } from "@/lib/tenancy/get-association";
import { loadCatalog } from "../../../../load-catalog";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog"))("newProduct") };
}

export default async function NewProductPage({ params }: Props) {
  const { id } = await params;
  const {
    data: [line, association],
  } = await loadCatalog((ctx) => Promise.all([getLine(ctx, id), getAssociation(ctx)]));
  const t = await getTranslations("catalog");
  return (
    <>
      <PageHeader title={t("newProductTitle", { name: line.name })} />
      <ProductForm initial={newProductValues(line.id)} currency={association.currency} photos={[]} />
    </>
  );
}
