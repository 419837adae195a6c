import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LineList } from "@/components/catalog/line-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listLines } from "@/lib/catalog/list-lines";
import { loadCatalog } from "./load-catalog";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog"))("title") };
}

export default async function CatalogPage() {
  const { data: lines } = await loadCatalog(listLines);
  const t = await getTranslations("catalog");
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href="/catalog/lines/new" className={buttonClass()}>
            {t("newLine")}
          </Link>
        }
      />
      <LineList lines={lines} />
    </>
  );
}
