import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { checklistPath } from "@/lib/checklists/paths";

/** From a product line's page to its QC checklist. */
export function ChecklistLink({ lineId }: { lineId: string }) {
  const t = useTranslations("checklists");
  return (
    <Link href={checklistPath(lineId)} className={buttonClass("secondary")}>
      {t("linkLabel")}
    </Link>
  );
}
