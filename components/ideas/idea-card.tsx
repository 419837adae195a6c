import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/catalog/money";
import type { IdeaCard as Card } from "@/lib/ideas/list-ideas-by-stage";
import { fileUrl } from "@/lib/uploads/file-url";
import { marketLabel } from "./market-label";

/** An idea on the board: its first photo, name, where it comes from, market and target price. */
export function IdeaCard({ idea }: { idea: Card }) {
  const t = useTranslations("ideas");
  const locale = useLocale();
  const place = [idea.villageName, idea.groupName].filter(Boolean).join(" · ");
  const price = idea.targetPriceMinor === null ? t("noTargetPrice") : formatMoney(idea.targetPriceMinor, idea.currency, locale);
  return (
    <Link href={`/ideas/${idea.id}`} className="flex gap-3 rounded-md border border-stone-200 bg-white p-3 hover:bg-stone-50" data-testid="idea-card">
      {idea.coverFileId ? (
        // Photos arrive resized in the browser and are served by our own files route; the name says what it shows.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={fileUrl(idea.coverFileId)} alt="" loading="lazy" className="size-16 shrink-0 rounded object-cover" />
      ) : (
        <span aria-hidden className="size-16 shrink-0 rounded bg-stone-100" />
      )}
      <span className="min-w-0 space-y-0.5">
        <span className="block font-medium break-words">{idea.name}</span>
        {place ? <span className="block text-sm break-words text-stone-600">{place}</span> : null}
        <span className="block text-sm text-stone-600">
          {marketLabel(t, idea.intendedMarket)} · {price}
        </span>
      </span>
    </Link>
  );
}
