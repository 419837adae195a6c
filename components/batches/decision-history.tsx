import { useFormatter, useTranslations } from "next-intl";
import type { BatchDetails } from "@/lib/batches/get-batch";
import { StatusBadge } from "./status-badge";

export function DecisionHistory({ decisions }: { decisions: BatchDetails["decisions"] }) {
  const t = useTranslations("batches");
  const format = useFormatter();
  return (
    <section aria-labelledby="decisions-title" className="space-y-3">
      <h2 id="decisions-title" className="text-lg font-semibold">
        {t("decisions")}
      </h2>
      {decisions.length === 0 ? <p className="text-stone-600">{t("noDecisions")}</p> : null}
      <ul className="space-y-2">
        {decisions.map((d) => (
          <li key={d.id} className="rounded-md border border-stone-200 bg-white p-4" data-testid="decision">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <StatusBadge status={d.decision} />
              <span className="text-sm text-stone-600">{t("decidedBy", { name: d.inspectorName, date: format.dateTime(d.decidedAt, { dateStyle: "medium" }) })}</span>
            </div>
            <p className="mt-2">{t("accepted")}: {t("pieces", { count: d.acceptedQuantity })}</p>
            {d.reason ? (
              <p className="mt-1 text-stone-700">
                {t("reason")}: {d.reason}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
