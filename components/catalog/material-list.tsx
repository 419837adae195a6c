import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MaterialListItem } from "@/lib/catalog/list-materials";
import { CatalogStatusBadge } from "./catalog-status-badge";
import { ColourSwatch } from "./colour-swatch";

/** Materials with their kind, plant, colour for dyes and region; each opens its edit form. */
export function MaterialList({ materials }: { materials: MaterialListItem[] }) {
  const t = useTranslations("catalog.materials");
  if (materials.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white" data-testid="material-list">
      {materials.map((m) => (
        <li key={m.id}>
          <Link href={`/catalog/materials/${m.id}/edit`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-stone-50">
            <span className="flex min-w-0 items-start gap-3">
              {m.colourHex ? <ColourSwatch hex={m.colourHex} /> : null}
              <span className="min-w-0">
                <span className="block font-medium break-words">
                  {m.name}
                  {m.colour ? <span className="font-normal text-stone-600"> · {m.colour}</span> : null}
                </span>
                <span className="block text-sm break-words text-stone-600">
                  <span className="font-mono">{m.code}</span> · {t(`kinds.${m.kind}`)}
                  {m.plantSource ? (
                    <>
                      {" · "}
                      <i lang="la">{m.plantSource}</i>
                    </>
                  ) : null}
                  {m.regionName ? ` · ${m.regionName}` : null}
                </span>
              </span>
            </span>
            <CatalogStatusBadge status={m.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
