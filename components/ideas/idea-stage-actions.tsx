import { useTranslations } from "next-intl";
import type { IdeaDetail } from "@/lib/ideas/get-idea";
import { CreateLineForm } from "./create-line-form";
import { DeclineIdeaForm } from "./decline-idea-form";
import { MoveToSampleForm } from "./move-to-sample-form";
import { SubmitToCommitteeButton } from "./submit-to-committee-button";

/** The steps the caller may take with the idea at its stage; nothing for those who may take none. */
export function IdeaStageActions({ idea }: { idea: IdeaDetail }) {
  const t = useTranslations("ideas.actions");
  const { moveToSample, submitToCommittee, createLine, decline } = idea.actions;
  if (!moveToSample && !submitToCommittee && !createLine && !decline) return null;
  return (
    <section aria-labelledby="steps-title" className="space-y-4 rounded-md border border-stone-200 bg-white p-4" data-testid="idea-actions">
      <h2 id="steps-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {moveToSample ? <MoveToSampleForm ideaId={idea.id} notes={idea.notes ?? ""} /> : null}
      {submitToCommittee ? <SubmitToCommitteeButton ideaId={idea.id} /> : null}
      {createLine ? <CreateLineForm ideaId={idea.id} ideaName={idea.name} /> : null}
      {decline ? (
        <div className="border-t border-stone-200 pt-4">
          <DeclineIdeaForm ideaId={idea.id} />
        </div>
      ) : null}
    </section>
  );
}
