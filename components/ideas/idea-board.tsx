import { useTranslations } from "next-intl";
import type { IdeaBoard as Board } from "@/lib/ideas/list-ideas-by-stage";
import { IdeaCard } from "./idea-card";

/**
 * One column per stage with its count. On a phone the stages stack; from the small breakpoint up
 * they sit side by side in a region that scrolls sideways and takes keyboard focus to do so.
 */
export function IdeaBoard({ board }: { board: Board }) {
  const t = useTranslations("ideas");
  return (
    <div role="region" aria-label={t("board")} tabIndex={0} className="overflow-x-auto pb-2 focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="idea-board">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        {board.map((column) => (
          <section key={column.stage} aria-labelledby={`stage-${column.stage}`} className="rounded-md bg-stone-100 p-3 sm:w-72 sm:shrink-0" data-testid={`stage-${column.stage}`}>
            <h2 id={`stage-${column.stage}`} className="mb-2 flex items-baseline justify-between gap-2 font-semibold">
              <span>{t(`stages.${column.stage}`)}</span>
              <span className="text-sm font-normal text-stone-700" data-testid="stage-count">
                {t("count", { count: column.count })}
              </span>
            </h2>
            {column.ideas.length === 0 ? (
              <p className="text-sm text-stone-600">{t("emptyStage")}</p>
            ) : (
              <ul className="space-y-2">
                {column.ideas.map((idea) => (
                  <li key={idea.id}>
                    <IdeaCard idea={idea} />
                  </li>
                ))}
              </ul>
            )}
            {column.count > column.ideas.length ? <p className="mt-2 text-sm text-stone-700">{t("showingRecent", { shown: column.ideas.length, count: column.count })}</p> : null}
          </section>
        ))}
      </div>
    </div>
  );
}
