import { useFormatter, useTranslations } from "next-intl";
import { DetailList } from "@/components/ui/detail-list";
import type { LineDetails as Line } from "@/lib/catalog/get-line";
import { isUnit } from "@/lib/catalog/options";

/** A line's code, category, unit, HS code and sampling settings. */
export function LineDetails({ line }: { line: Line }) {
  const t = useTranslations("catalog");
  const format = useFormatter();
  return (
    <DetailList
      rows={[
        [t("code"), line.code],
        [t("category"), t(`categories.${line.category}`)],
        [t("unit"), isUnit(line.unit) ? t(`units.${line.unit}`) : line.unit],
        [t("hsCode"), line.hsCode ?? t("notRecorded")],
        [t("inspectionLevel"), line.inspectionLevel],
        [t("aqlCritical"), format.number(line.aqlCritical)],
        [t("aqlMajor"), format.number(line.aqlMajor)],
        [t("aqlMinor"), format.number(line.aqlMinor)],
      ]}
    />
  );
}
