import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MaterialForm } from "@/components/catalog/material-form";
import { PageHeader } from "@/components/ui/page-header";
import { materialFormValues } from "@/lib/catalog/form-values";
import { getMaterial } from "@/lib/catalog/get-material";
import { loadCatalog } from "../../../load-catalog";
import { regionOptions } from "../../region-options";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog"))("edit") };
}

export default async function EditMaterialPage({ params }: Props) {
  const { id } = await params;
  const {
    data: [material, regions],
  } = await loadCatalog((ctx) => Promise.all([getMaterial(ctx, id), regionOptions(ctx)]));
  const t = await getTranslations("catalog.materials");
  return (
    <>
      <PageHeader title={t("editTitle", { name: material.name })} />
      <MaterialForm initial={materialFormValues(material)} regions={regions} />
    </>
  );
}
