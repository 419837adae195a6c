import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { NewLabelForm } from "@/components/labels/new-label-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { MARKET_CODES } from "@/lib/labels/markets";
import { listActiveProducts } from "@/lib/products/list-products";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("labels"))("new.title") };
}

type Props = { searchParams: Promise<{ product?: string | string[]; market?: string | string[] }> };

export default async function NewLabelPage({ searchParams }: Props) {
  const ctx = await requireSession();
  if (!can(ctx, "label.manage")) notFound();
  const [query, t, products] = await Promise.all([searchParams, getTranslations("labels"), listActiveProducts(ctx)]);
  const product = products.find((p) => p.id === query.product)?.id ?? "";
  const market = MARKET_CODES.find((m) => m === query.market) ?? MARKET_CODES[0]!;
  return (
    <>
      <PageHeader title={t("new.title")} intro={t("new.intro")} />
      <NewLabelForm products={products} markets={MARKET_CODES} initial={{ productId: product, market, kind: "hang_tag" }} />
    </>
  );
}
