import { useTranslations } from "next-intl";
import { FilterLinks } from "@/components/ui/filter-links";
import { MATERIAL_KINDS, type MaterialKind } from "@/lib/catalog/options";

/** Links that narrow the materials list to one kind. */
export function MaterialKindFilter({ current }: { current?: MaterialKind }) {
  const t = useTranslations("catalog.materials");
  const choices = [{ href: "/catalog/materials", label: t("all"), active: !current }, ...MATERIAL_KINDS.map((kind) => ({ href: `/catalog/materials?kind=${kind}`, label: t(`kinds.${kind}`), active: current === kind }))];
  return <FilterLinks label={t("filter")} choices={choices} />;
}
