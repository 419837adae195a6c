"use client";

import { useTranslations } from "next-intl";
import { startInspectionAction } from "@/app/(app)/inspections/actions";
import { ActionThenOpenButton } from "@/components/ui/action-then-open-button";

/** Opens an inspection of a submitted batch and goes to its form. */
export function StartInspectionButton({ batchId, lotCode }: { batchId: string; lotCode: string }) {
  const t = useTranslations("inspections");
  return (
    <ActionThenOpenButton
      run={() => startInspectionAction(batchId)}
      destination={(inspection) => `/inspections/${inspection.id}`}
      label={t("start")}
      busyLabel={t("starting")}
      ariaLabel={t("startNamed", { lotCode })}
    />
  );
}
