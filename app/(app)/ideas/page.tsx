import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IdeaBoard } from "@/components/ideas/idea-board";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { currentUser } from "@/lib/auth/session";
import { listIdeasByStage } from "@/lib/ideas/list-ideas-by-stage";
import { loadChecklistPage } from "@/app/(app)/catalog/lines/[id]/checklist/load-checklist-page";

/** Producers see only their own ideas, so their page says so. */
export async function generateMetadata(): Promise<Metadata> {
  const ctx = await currentUser();
  return { title: (await getTranslations("ideas"))(ctx && can(ctx, "idea.read") ? "title" : "myTitle") };
}

export default async function IdeasPage() {
  const { ctx, data: board } = await loadChecklistPage(listIdeasByStage);
  const t = await getTranslations("ideas");
  const staff = can(ctx, "idea.read");
  return (
    <>
      <PageHeader
        title={t(staff ? "title" : "myTitle")}
        intro={t(staff ? "intro" : "myIntro")}
        actions={
          <Link href="/ideas/new" className={buttonClass()}>
            {t("newIdea")}
          </Link>
        }
      />
      <IdeaBoard board={board} />
    </>
  );
}
