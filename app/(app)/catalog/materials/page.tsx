import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MaterialKindFilter } from "@/components/catalog/material-kind-filter";
import { MaterialList } from "@/components/catalog/material-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listMaterials } from "@/lib/catalog/list-materials";
import { MATERIAL_KINDS, type MaterialKind } from "@/lib/catalog/options";
import { loadCatalog } from "../load-catalog";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog.materials"))("title") };
}

type Props = { searchParams: Promise<{ kind?: string | string[] }> };

// An unknown kind in a hand-edited link shows every material.
const kindOf = (value: unknown) => MATERIAL_KINDS.find((kind): kind is MaterialKind => kind === value);

export default async function MaterialsPage({ searchParams }: Props) {
  const kind = kindOf((await searchParams).kind);
  const { data: materials } = await loadCatalog((ctx) => listMaterials(ctx, { kind }));
  const t = await getTranslations("catalog.materials");
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href="/catalog/materials/new" className={buttonClass()}>
            {t("new")}
          </Link>
        }
      />
      <MaterialKindFilter current={kind} />
      <MaterialList materials={materials} />
    </>
  );
}
