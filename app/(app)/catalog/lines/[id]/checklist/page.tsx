import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChecklistItemsView } from "@/components/checklists/checklist-items-view";
import { StartDraftButton } from "@/components/checklists/start-draft-button";
import { VersionList } from "@/components/checklists/version-list";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { currentChecklist } from "@/lib/checklists/current-checklist";
import { getChecklistOverview } from "@/lib/checklists/get-checklist-overview";
import { draftPath } from "@/lib/checklists/paths";
import { loadChecklistPage } from "./load-checklist-page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ published?: string }> };

const load = (lineId: string) =>
  loadChecklistPage(async (ctx) => {
    const [overview, current] = await Promise.all([getChecklistOverview(ctx, lineId), currentChecklist(ctx, lineId)]);
    return { overview, current };
  });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data } = await load((await params).id);
  const t = await getTranslations("checklists");
  return { title: t("title", { name: data.overview.line.name }) };
}

export default async function ChecklistPage({ params, searchParams }: Props) {
  const { ctx, data } = await load((await params).id);
  const { overview, current } = data;
  const { published } = await searchParams;
  const t = await getTranslations("checklists");
  const { line, draft } = overview;
  const edit = !can(ctx, "checklist.manage") ? null : draft ? (
    <Link href={draftPath(line.id)} className={buttonClass()}>
      {t("continueDraft", { value: draft.version })}
    </Link>
  ) : (
    <StartDraftButton lineId={line.id} nextVersion={overview.nextVersion} />
  );
  return (
    <div className="space-y-6">
      {published && current ? <Alert tone="success">{t("publishedNow", { value: current.version })}</Alert> : null}
      <PageHeader title={t("title", { name: line.name })} intro={t("intro")} actions={edit} />
      <section aria-labelledby="current-title" className="space-y-2">
        <h2 id="current-title" className="text-lg font-semibold">
          {current ? t("currentTitle", { value: current.version }) : t("currentNone")}
        </h2>
        {current ? <ChecklistItemsView items={current.items} /> : <p className="text-stone-600">{t("noPublished")}</p>}
      </section>
      <section aria-labelledby="versions-title" className="space-y-2">
        <h2 id="versions-title" className="text-lg font-semibold">
          {t("versionsTitle")}
        </h2>
        <VersionList versions={overview.versions} />
      </section>
    </div>
  );
}
