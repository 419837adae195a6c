"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import type { Failure } from "@/components/ui/use-action-form";
import type { ColumnMapping } from "@/lib/members/import/fields";
import type { ImportPreview, ImportProgress, ImportResult } from "@/lib/members/import/report";
import { ImportProgressBar } from "./import-progress";
import { ImportSummary } from "./import-summary";
import { requestImport } from "./import-requests";
import { RejectedRows } from "./rejected-rows";
import { StepHeading } from "./step-heading";

type Props = {
  file: File;
  preview: ImportPreview;
  mapping: ColumnMapping;
  report: ImportResult;
  onBack: () => void;
  onDone: (result: ImportResult) => void;
};

/** The dry run's report, and the import of the valid rows with its progress. */
export function ImportReport({ file, preview, mapping, report, onBack, onDone }: Props) {
  const t = useTranslations("memberImport");
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function runImport() {
    setFailure(null);
    setProgress({ done: 0, total: report.valid });
    const result = await requestImport(file, mapping, "commit", setProgress);
    if (result.ok) return onDone(result.data);
    setProgress(null);
    setFailure(result);
  }

  return (
    <div className="space-y-4">
      <StepHeading>{t("reportTitle")}</StepHeading>
      <ImportSummary result={report} />
      <FailureAlert failure={failure} />
      {report.valid === 0 ? <Alert tone="error">{t("nothingToImport")}</Alert> : null}
      {progress ? (
        <ImportProgressBar progress={progress} />
      ) : (
        <div className="flex flex-wrap gap-2">
          {report.valid > 0 ? (
            <Button type="button" onClick={() => void runImport()} className="w-full sm:w-auto">
              {t("import", { count: report.valid })}
            </Button>
          ) : null}
          <Button type="button" variant="secondary" onClick={onBack} className="w-full sm:w-auto">
            {t("back")}
          </Button>
        </div>
      )}
      <RejectedRows preview={preview} mapping={mapping} rows={report.rejected} />
    </div>
  );
}
