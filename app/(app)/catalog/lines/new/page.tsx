import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LineForm } from "@/components/catalog/line-form";
import { PageHeader } from "@/components/ui/page-header";
import { NEW_LINE } from "@/lib/catalog/form-values";
import { loadCatalog } from "../../load-catalog";
import { materialOptions } from "../../material-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog"))("newLineTitle") };
}

export default async function NewLinePage() {
  const { data: materials } = await loadCatalog(materialOptions);
  const t = await getTranslations("catalog");
  return (
    <>
      <PageHeader title={t("newLineTitle")} />
      <LineForm initial={NEW_LINE} codeLocked={false} materials={materials} />
    </>
  );
}
