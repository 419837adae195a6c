"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startInspectionAction } from "@/app/(app)/inspections/actions";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";

/** Opens an inspection of a submitted batch and goes to its form. */
export function StartInspectionButton({ batchId, lotCode }: { batchId: string; lotCode: string }) {
  const t = useTranslations("inspections");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [started, setStarted] = useState(false);
  const start = () =>
    startTransition(async () => {
      const result = await startInspectionAction(batchId);
      if (!result.ok) {
        setFailure({ error: result.error, requestId: result.requestId });
        return;
      }
      setStarted(true);
      router.push(`/inspections/${result.data.id}`);
    });
  return (
    <div className="space-y-2">
      <FailureAlert failure={failure} />
      <Button type="button" onClick={start} disabled={pending || started} aria-label={t("startNamed", { lotCode })}>
        {pending || started ? t("starting") : t("start")}
      </Button>
    </div>
  );
}
