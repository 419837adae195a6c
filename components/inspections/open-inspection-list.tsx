import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { OpenInspection } from "@/lib/inspections/list-open-inspections";
import { InspectionStatusBadge } from "./inspection-status-badge";

/** Inspections under way or awaiting approval, each with what the reader can do next. */
export function OpenInspectionList({ items, empty, testId }: { items: OpenInspection[]; empty: string; testId: string }) {
  const t = useTranslations("inspections");
  const tBatch = useTranslations("batches");
  const format = useFormatter();
  if (items.length === 0) return <p className="text-stone-600">{empty}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid={testId}>
      {items.map((i) => {
        const [label, named] = i.canApprove ? ["reviewAction", "reviewNamed"] : i.mine && i.status === "in_progress" ? ["continue", "continueNamed"] : ["view", "viewNamed"];
        const when = i.submittedAt ? t("submittedOn", { date: format.dateTime(i.submittedAt, { dateStyle: "medium" }) }) : t("startedOn", { date: format.dateTime(i.startedAt, { dateStyle: "medium" }) });
        return (
          <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0 space-y-1">
              <p className="font-medium">
                <span className="font-mono">{i.lotCode}</span> · {i.productName}
              </p>
              <p className="text-sm text-stone-600">
                {i.producerName} · {tBatch("pieces", { count: i.quantity })}
              </p>
              <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
                <InspectionStatusBadge status={i.status} />
                <span>{t("inspector", { name: i.inspectorName })}</span>
                <span>· {when}</span>
              </p>
            </div>
            <Link href={`/inspections/${i.id}`} className={buttonClass(i.canApprove || i.mine ? "primary" : "secondary")} aria-label={t(named, { lotCode: i.lotCode })}>
              {t(label)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
