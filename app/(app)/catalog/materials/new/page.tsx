import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MaterialForm } from "@/components/catalog/material-form";
import { PageHeader } from "@/components/ui/page-header";
import { NEW_MATERIAL } from "@/lib/catalog/form-values";
import { loadCatalog } from "../../load-catalog";
import { regionOptions } from "../region-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog.materials"))("newTitle") };
}

export default async function NewMaterialPage() {
  const { data: regions } = await loadCatalog(regionOptions);
  const t = await getTranslations("catalog.materials");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <MaterialForm initial={NEW_MATERIAL} regions={regions} />
    </>
  );
}
