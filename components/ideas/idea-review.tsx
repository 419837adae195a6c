import { useLocale, useTranslations } from "next-intl";
import { commentOnIdeaAction, decideOnIdeaAction } from "@/app/(app)/ideas/[id]/actions";
import { ReviewPanel } from "@/components/reviews/review-panel";
import { formatMoney } from "@/lib/catalog/money";
import type { IdeaFormOptions } from "@/lib/ideas/form-options";
import { READABLE_PATHS, readableIdeaContent, type ContentReaders } from "@/lib/ideas/readable-content";
import type { ReviewView } from "@/lib/reviews/get-review";
import { marketLabel } from "./market-label";

type Props = { ideaId: string; review: ReviewView; places: Pick<IdeaFormOptions, "villages" | "groups"> };

/** The committee's review of the idea, its versions shown with places by name and prices as money. */
export function IdeaReview({ ideaId, review, places }: Props) {
  const t = useTranslations("ideas");
  const locale = useLocale();
  const villages = new Map(places.villages.map((v) => [v.id, v.name]));
  const groups = new Map(places.groups.map((g) => [g.id, g.name]));
  const readers: ContentReaders = {
    village: (id) => villages.get(id) ?? null,
    group: (id) => groups.get(id) ?? null,
    market: (code) => marketLabel(t, code),
    money: (minor, currency) => formatMoney(minor, currency, locale),
  };
  const readable = { ...review, versions: review.versions.map((v) => ({ ...v, content: readableIdeaContent(v.content, readers) })) };
  const labels = (path: string) => ((READABLE_PATHS as readonly string[]).includes(path) ? t(`fields.${path}`) : path);
  return (
    <ReviewPanel review={readable} labels={labels} decideAction={decideOnIdeaAction.bind(null, ideaId)} commentAction={commentOnIdeaAction.bind(null, ideaId)} />
  );
}
