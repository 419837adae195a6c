import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { IdeaForm } from "@/components/ideas/idea-form";
import { PageHeader } from "@/components/ui/page-header";
import { ideaFormOptions } from "@/lib/ideas/form-options";
import { ideaFormValues } from "@/lib/ideas/form-values";
import { getIdea } from "@/lib/ideas/get-idea";
import { loadChecklistPage } from "@/app/(app)/catalog/lines/[id]/checklist/load-checklist-page";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ideas"))("editTitle") };
}

export default async function EditIdeaPage({ params }: Props) {
  const { id } = await params;
  const { data } = await loadChecklistPage(async (ctx) => ({ idea: await getIdea(ctx, id), options: await ideaFormOptions(ctx) }));
  if (!data.idea.actions.edit) notFound();
  const t = await getTranslations("ideas");
  return (
    <>
      <PageHeader title={t("editTitle")} intro={data.idea.stage === "committee_review" ? t("editInReview") : undefined} />
      <IdeaForm
        options={data.options}
        initial={ideaFormValues(data.idea)}
        edit={{ ideaId: data.idea.id, updatedAt: data.idea.updatedAt.toISOString(), photos: data.idea.photos }}
      />
    </>
  );
}
