import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LineForm } from "@/components/catalog/line-form";
import { PageHeader } from "@/components/ui/page-header";
import { lineFormValues } from "@/lib/catalog/form-values";
import { getLine } from "@/lib/catalog/get-line";
import { loadCatalog } from "../../../load-catalog";
import { materialOptions } from "../../../material-options";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog"))("edit") };
}

export default async function EditLinePage({ params }: Props) {
  const { id } = await params;
  const {
    data: [line, materials],
  } = await loadCatalog((ctx) => Promise.all([getLine(ctx, id), materialOptions(ctx)]));
  const t = await getTranslations("catalog");
  return (
    <>
      <PageHeader title={t("editLineTitle", { name: line.name })} />
      <LineForm initial={lineFormValues(line)} codeLocked={line.codeLocked} materials={materials} />
    </>
  );
}
