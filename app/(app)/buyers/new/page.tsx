import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BuyerForm } from "@/components/buyers/buyer-form";
import { PageHeader } from "@/components/ui/page-header";
import { NEW_BUYER } from "@/lib/buyers/form-values";
import { loadPage } from "../../load-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("buyers"))("newTitle") };
}

export default async function NewBuyerPage() {
  await loadPage("buyer.manage", () => Promise.resolve(null));
  const t = await getTranslations("buyers");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <BuyerForm initial={NEW_BUYER} />
    </>
  );
}
