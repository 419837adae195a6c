"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ColumnMapping } from "@/lib/members/import/fields";
import type { ImportPreview, ImportResult } from "@/lib/members/import/report";
import { ImportDone } from "./import-done";
import { ImportReport } from "./import-report";
import { MappingStep } from "./mapping-step";
import { UploadStep } from "./upload-step";

type State =
  | { step: "upload" }
  | { step: "mapping"; file: File; preview: ImportPreview; mapping: ColumnMapping }
  | { step: "check"; file: File; preview: ImportPreview; mapping: ColumnMapping; report: ImportResult }
  | { step: "import"; preview: ImportPreview; mapping: ColumnMapping; result: ImportResult };

const STEPS = ["upload", "mapping", "check", "import"] as const;

/** Upload → column mapping → dry-run report → import; the file is sent again at each step, nothing is kept on the server. */
export function MemberImportWizard({ maxMb }: { maxMb: number }) {
  const t = useTranslations("memberImport");
  const [state, setState] = useState<State>({ step: "upload" });
  const restart = () => setState({ step: "upload" });

  return (
    <div className="space-y-6">
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="import-steps">
        {STEPS.map((step, index) => (
          <li key={step} aria-current={state.step === step ? "step" : undefined} className={state.step === step ? "font-semibold text-brand-700" : "text-stone-500"}>
            {index + 1}. {t(`steps.${step}`)}
          </li>
        ))}
      </ol>
      {state.step === "upload" ? (
        <UploadStep maxMb={maxMb} onPreview={(file, preview) => setState({ step: "mapping", file, preview, mapping: preview.mapping })} />
      ) : null}
      {state.step === "mapping" ? (
        <MappingStep
          file={state.file}
          preview={state.preview}
          initial={state.mapping}
          onBack={restart}
          onReport={(mapping, report) => setState({ ...state, step: "check", mapping, report })}
        />
      ) : null}
      {state.step === "check" ? (
        <ImportReport
          file={state.file}
          preview={state.preview}
          mapping={state.mapping}
          report={state.report}
          onBack={() => setState({ ...state, step: "mapping" })}
          onDone={(result) => setState({ step: "import", preview: state.preview, mapping: state.mapping, result })}
        />
      ) : null}
      {state.step === "import" ? <ImportDone preview={state.preview} mapping={state.mapping} result={state.result} onAgain={restart} /> : null}
    </div>
  );
}
