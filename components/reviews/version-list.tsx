import { useFormatter, useTranslations } from "next-intl";
import type { ReviewVersionView } from "@/lib/reviews/get-review";
import { ReviewStatusBadge } from "./review-status-badge";

/** Every submitted version, newest first, with who decided what on it. */
export function VersionList({ versions }: { versions: ReviewVersionView[] }) {
  const t = useTranslations("reviews");
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="review-versions-title" className="space-y-3">
      <h3 id="review-versions-title" className="text-lg font-semibold">
        {t("versions.title")}
      </h3>
      <ol className="space-y-3">
        {versions.map((v) => (
          <li key={v.id} className="space-y-2 rounded-md border border-stone-200 bg-white p-4" data-testid="review-version">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium">{t("versions.version", { version: v.version })}</span>
              <ReviewStatusBadge status={v.status} />
            </div>
            <p className="text-sm text-stone-600">
              {t("versions.submitted", { name: v.submittedBy.name, date: date(v.submittedAt) })}
              {v.closedAt ? ` · ${t("versions.closed", { date: date(v.closedAt) })}` : ""}
              {` · ${t("approvals", { approvals: v.approvals, required: v.approvalsRequired })}`}
            </p>
            {v.decisions.length === 0 ? <p className="text-sm text-stone-600">{t("versions.noDecisions")}</p> : null}
            <ul className="space-y-2">
              {v.decisions.map((d) => (
                <li key={d.reviewer.id} className="text-sm">
                  <span className="font-medium">
                    {d.decision === "approve" ? t("versions.approvedBy", { name: d.reviewer.name }) : t("versions.changesRequestedBy", { name: d.reviewer.name })}
                  </span>
                  <span className="text-stone-600"> · {date(d.createdAt)}</span>
                  {d.comment ? <p className="mt-1 break-words whitespace-pre-line text-stone-800">{d.comment}</p> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
