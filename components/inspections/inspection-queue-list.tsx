import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { listInspectionQueue } from "@/lib/inspections/list-queue";
import { StartInspectionButton } from "./start-inspection-button";

type QueuedBatch = Awaited<ReturnType<typeof listInspectionQueue>>["items"][number];

/** Submitted batches waiting, longest first, each ready to be inspected. */
export function InspectionQueueList({ items }: { items: QueuedBatch[] }) {
  const t = useTranslations("inspections");
  const tBatch = useTranslations("batches");
  const format = useFormatter();
  if (items.length === 0) return <p className="text-stone-600">{t("waitingEmpty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="inspection-queue">
      {items.map((b) => (
        <li key={b.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="min-w-0 space-y-1">
            <p className="font-medium">
              <Link href={`/batches/${b.id}`} className="inline-flex min-h-11 items-center font-mono text-brand-700 underline">
                {b.lotCode}
              </Link>{" "}
              · {b.productName}
            </p>
            <p className="text-sm text-stone-600">
              {b.producerName} · {b.villageName} · {tBatch("pieces", { count: b.quantity })}
            </p>
            {b.submittedAt ? <p className="text-sm text-stone-500">{t("waiting", { date: format.dateTime(b.submittedAt, { dateStyle: "medium" }) })}</p> : null}
          </div>
          <StartInspectionButton batchId={b.id} lotCode={b.lotCode} />
        </li>
      ))}
    </ul>
  );
}
