import { useTranslations } from "next-intl";
import type { MyBatch } from "@/lib/batches/get-my-batch";
import { ColourSwatch } from "./colour-swatch";

/** The materials a batch was made from, dyes with their colour and dye lot. */
export function BatchMaterialsList({ materials }: { materials: MyBatch["materials"] }) {
  const t = useTranslations("batches");
  if (materials.length === 0) return null;
  return (
    <section aria-labelledby="materials-title" className="space-y-2">
      <h2 id="materials-title" className="text-lg font-semibold">
        {t("materials")}
      </h2>
      <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="batch-materials">
        {materials.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
            <ColourSwatch hex={m.colourHex} />
            <span className="font-medium">{m.name}</span>
            {m.dyeLot ? <span className="text-sm text-stone-600">{t("dyeLotValue", { value: m.dyeLot })}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
