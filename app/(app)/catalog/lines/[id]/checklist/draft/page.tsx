import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { DraftEditor } from "@/components/checklists/draft-editor";
import { PageHeader } from "@/components/ui/page-header";
import { itemFormValues } from "@/lib/checklists/form-values";
import { getDraftChecklist } from "@/lib/checklists/get-draft-checklist";
import { checklistPath } from "@/lib/checklists/paths";
import { loadChecklistPage } from "../load-checklist-page";

type Props = { params: Promise<{ id: string }> };

const load = (lineId: string) => loadChecklistPage((ctx) => getDraftChecklist(ctx, lineId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data } = await load((await params).id);
  const t = await getTranslations("checklists.editor");
  return { title: data.draft ? t("title", { value: data.draft.version, name: data.line.name }) : data.line.name };
}

export default async function ChecklistDraftPage({ params }: Props) {
  const { data } = await load((await params).id);
  const { line, draft } = data;
  // No open draft (published meanwhile, or never started): the checklist page offers to start one.
  if (!draft) redirect(checklistPath(line.id));
  const t = await getTranslations("checklists.editor");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { value: draft.version, name: line.name })} intro={t("intro")} />
      <DraftEditor lineId={line.id} templateId={draft.id} version={draft.version} initialItems={draft.items.map(itemFormValues)} />
      <Link href={checklistPath(line.id)} className="inline-block text-brand-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
