import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IdeaForm } from "@/components/ideas/idea-form";
import { PageHeader } from "@/components/ui/page-header";
import { ideaFormOptions } from "@/lib/ideas/form-options";
import { newIdeaForm } from "@/lib/ideas/form-values";
import { loadChecklistPage } from "@/app/(app)/catalog/lines/[id]/checklist/load-checklist-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ideas"))("newTitle") };
}

export default async function NewIdeaPage() {
  const { data: options } = await loadChecklistPage(ideaFormOptions);
  const t = await getTranslations("ideas");
  return (
    <>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <IdeaForm options={options} initial={newIdeaForm(options.defaults)} />
    </>
  );
}
