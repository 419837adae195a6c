import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ColourSwatch } from "@/components/batches/colour-swatch";
import { OutcomeBadge } from "@/components/inspections/outcome-badge";
import type { ShipmentTrace, TracedBatch } from "@/lib/shipments/shipment-trace";

function TracedBatchCard({ batch }: { batch: TracedBatch }) {
  const t = useTranslations("shipments.trace");
  const format = useFormatter();
  const day = (value: string) => format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <li className="space-y-2 rounded-md border border-stone-200 bg-white p-4" data-testid="traced-batch">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link href={`/batches/${batch.batchId}`} className="font-mono text-brand-700 underline">
          {batch.lotCode}
        </Link>
        <span>{t("quantity", { count: batch.quantity })}</span>
      </div>
      <p className="break-words">
        {t("madeBy", { name: batch.producer.name, number: batch.producer.memberNumber })} · {batch.villageName}, {batch.regionName}
      </p>
      <p className="text-sm text-stone-600">{t("made", { from: day(batch.producedFrom), to: day(batch.producedTo) })}</p>
      {batch.materials.length ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("materials")}>
          {batch.materials.map((m) => (
            <li key={`${m.kind}-${m.name}`} className="flex items-center gap-2">
              <ColourSwatch hex={m.colourHex} />
              {m.name}
              {m.dyeLot ? <span className="text-stone-600">{t("dyeLot", { value: m.dyeLot })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="space-y-1 text-sm" aria-label={t("inspections")}>
        {batch.inspections.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center gap-2">
            {i.outcome ? <OutcomeBadge outcome={i.outcome} /> : null}
            {i.approvedAt ? t("approvedOn", { date: format.dateTime(i.approvedAt, { dateStyle: "medium" }) }) : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** From the shipment down to where its goods were made: batches, producers, villages, materials, inspections. */
export function TraceSection({ trace }: { trace: ShipmentTrace }) {
  const t = useTranslations("shipments.trace");
  return (
    <section aria-labelledby="trace-title" className="space-y-3">
      <h2 id="trace-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {trace.length === 0 ? <p className="text-stone-600">{t("empty")}</p> : null}
      {trace.map((line) => (
        <div key={line.lineId} className="space-y-2">
          <h3 className="font-medium break-words">
            {line.productName} <span className="font-mono text-sm font-normal text-stone-600">{line.sku}</span>
          </h3>
          <ul className="space-y-2">
            {line.batches.map((b) => (
              <TracedBatchCard key={b.allocationId} batch={b} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
