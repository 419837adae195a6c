import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProductGallery } from "@/components/catalog/product-gallery";
import { IdeaDetails } from "@/components/ideas/idea-details";
import { IdeaReview } from "@/components/ideas/idea-review";
import { IdeaStageActions } from "@/components/ideas/idea-stage-actions";
import { IdeaStageBadge } from "@/components/ideas/idea-stage-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ideaFormOptions } from "@/lib/ideas/form-options";
import { getIdea } from "@/lib/ideas/get-idea";
import { ideaSubject } from "@/lib/ideas/idea-access";
import { getReview } from "@/lib/reviews/get-review";
import { loadChecklistPage } from "@/app/(app)/catalog/lines/[id]/checklist/load-checklist-page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

/** What the page confirms after a step (`?done=`). */
const DONE = ["saved", "sample", "submitted", "declined"] as const;

const load = async (params: Props["params"]) => {
  const { id } = await params;
  return loadChecklistPage(async (ctx) => {
    const idea = await getIdea(ctx, id);
    const [review, places] = await Promise.all([getReview(ctx, ideaSubject(idea.id)), ideaFormOptions(ctx)]);
    return { idea, review, places };
  });
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).data.idea.name };
}

export default async function IdeaPage({ params, searchParams }: Props) {
  const { data } = await load(params);
  const { idea, review, places } = data;
  const { done } = await searchParams;
  const t = await getTranslations("ideas");
  const confirmed = DONE.find((d) => d === done);
  return (
    <div className="space-y-6">
      <Link href="/ideas" className="inline-flex min-h-11 items-center text-brand-700 underline">
        {t("backToBoard")}
      </Link>
      {confirmed ? <Alert tone="success">{t(`done.${confirmed}`)}</Alert> : null}
      <PageHeader
        title={idea.name}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <IdeaStageBadge stage={idea.stage} />
            {idea.actions.edit ? (
              <Link href={`/ideas/${idea.id}/edit`} className={buttonClass("secondary")}>
                {t("edit")}
              </Link>
            ) : null}
          </div>
        }
      />
      {idea.declineReason ? (
        <p className="rounded-md border border-red-200 bg-red-50 p-4 text-red-900" data-testid="decline-reason">
          {t("declinedBecause", { reason: idea.declineReason })}
        </p>
      ) : null}
      {idea.stage === "changes_requested" && idea.actions.edit ? <p className="text-stone-700">{t("changesRequestedHint")}</p> : null}
      <IdeaDetails idea={idea} />
      <section aria-labelledby="photos-title" className="space-y-2">
        <h2 id="photos-title" className="text-lg font-semibold">
          {t("fields.photos")}
        </h2>
        <ProductGallery photoIds={idea.photos.map((p) => p.id)} name={idea.name} />
      </section>
      <IdeaStageActions idea={idea} />
      <IdeaReview ideaId={idea.id} review={review} places={places} />
    </div>
  );
}
