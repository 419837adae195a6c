import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ArticleNumbersForm } from "@/components/buyers/article-numbers-form";
import { BuyerForm } from "@/components/buyers/buyer-form";
import { BuyerStatusButton } from "@/components/buyers/buyer-status-button";
import { PageHeader } from "@/components/ui/page-header";
import { buyerFormValues } from "@/lib/buyers/form-values";
import { getBuyer } from "@/lib/buyers/get-buyer";
import { loadPage } from "../../load-page";

type Props = { params: Promise<{ id: string }> };

const loadBuyer = cache((id: string) => loadPage("buyer.manage", (ctx) => getBuyer(ctx, id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data: buyer } = await loadBuyer((await params).id);
  return { title: buyer.name };
}

export default async function BuyerPage({ params }: Props) {
  const { data: buyer } = await loadBuyer((await params).id);
  const t = await getTranslations("buyers");
  return (
    <div className="space-y-8">
      <PageHeader
        title={buyer.name}
        intro={buyer.status === "archived" ? t("archivedIntro") : undefined}
        actions={<BuyerStatusButton buyerId={buyer.id} name={buyer.name} status={buyer.status} />}
      />
      <BuyerForm initial={buyerFormValues(buyer)} />
      <ArticleNumbersForm buyerId={buyer.id} articles={buyer.articles} />
    </div>
  );
}
