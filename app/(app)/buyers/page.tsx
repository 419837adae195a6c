import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BuyerList } from "@/components/buyers/buyer-list";
import { BuyerStatusFilter } from "@/components/buyers/buyer-status-filter";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listBuyers } from "@/lib/buyers/list-buyers";
import { loadPage } from "../load-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("buyers"))("title") };
}

type Props = { searchParams: Promise<{ status?: string | string[] }> };

export default async function BuyersPage({ searchParams }: Props) {
  const status = (await searchParams).status === "archived" ? "archived" : "active";
  const { data: buyers } = await loadPage("buyer.manage", (ctx) => listBuyers(ctx, { status }));
  const t = await getTranslations("buyers");
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href="/buyers/new" className={buttonClass()}>
            {t("new")}
          </Link>
        }
      />
      <BuyerStatusFilter current={status} />
      <BuyerList buyers={buyers} />
    </>
  );
}
