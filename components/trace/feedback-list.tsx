import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { FeedbackItem } from "@/lib/trace/list-feedback";

/** Visitors' ratings and comments, newest first; with the lot of each unless the list is for one lot. */
export function FeedbackList({ items, showLot = true }: { items: FeedbackItem[]; showLot?: boolean }) {
  const t = useTranslations("feedback");
  const format = useFormatter();
  const languages = new Intl.DisplayNames([useLocale()], { type: "language" });
  if (items.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="feedback-list">
      {items.map((f) => (
        <li key={f.id} className="space-y-1 px-4 py-3" data-testid="feedback-item">
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-semibold">
              <span aria-hidden className="text-felt">
                {"★".repeat(f.rating)}
                {"☆".repeat(5 - f.rating)}
              </span>{" "}
              {t("ratingValue", { value: f.rating })}
            </span>
            {showLot ? (
              <span className="text-sm">
                <Link href={`/batches/${f.batchId}`} className="text-brand-700 underline">
                  {t("lot", { lotCode: f.lotCode })}
                </Link>{" "}
                · {f.productName}
              </span>
            ) : null}
          </p>
          {f.comment ? <p className="whitespace-pre-line break-words text-stone-800">{f.comment}</p> : <p className="text-sm text-stone-500">{t("noComment")}</p>}
          <p className="text-sm text-stone-500">
            <time dateTime={f.createdAt.toISOString()}>{format.dateTime(f.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time> · {t("language")}:{" "}
            {languages.of(f.locale) ?? f.locale}
          </p>
        </li>
      ))}
    </ul>
  );
}
