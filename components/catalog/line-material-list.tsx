import { useTranslations } from "next-intl";
import type { LineDetails } from "@/lib/catalog/get-line";
import { ColourSwatch } from "./colour-swatch";

/** The materials a line allows, with a swatch for dyes; retired ones are marked. */
export function LineMaterialList({ materials }: { materials: LineDetails["materials"] }) {
  const t = useTranslations("catalog");
  if (materials.length === 0) return <p className="text-stone-600">{t("noAllowedMaterials")}</p>;
  return (
    <ul className="flex flex-wrap gap-2" data-testid="line-materials">
      {materials.map((m) => (
        <li key={m.id} className="flex min-h-11 items-center gap-2 rounded-md border border-stone-200 bg-white px-3">
          {m.colourHex ? <ColourSwatch hex={m.colourHex} /> : null}
          <span>{m.name}</span>
          <span className="text-sm text-stone-600">{t(`materials.kinds.${m.kind}`)}</span>
          {m.status === "retired" ? <span className="text-sm text-stone-500">{t("statuses.retired")}</span> : null}
        </li>
      ))}
    </ul>
  );
}
