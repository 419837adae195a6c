"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import type { ColumnMapping } from "@/lib/members/import/fields";
import type { ImportPreview, ImportResult } from "@/lib/members/import/report";
import { ImportSummary } from "./import-summary";
import { RejectedRows } from "./rejected-rows";
import { StepHeading } from "./step-heading";

export function ImportDone({ preview, mapping, result, onAgain }: { preview: ImportPreview; mapping: ColumnMapping; result: ImportResult; onAgain: () => void }) {
  const t = useTranslations("memberImport");
  return (
    <div className="space-y-4">
      <div role="status" className="space-y-2">
        <StepHeading>{t("doneTitle")}</StepHeading>
        <ImportSummary result={result} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href="/members" className={buttonClass("primary", "w-full sm:w-auto")}>
          {t("toMembers")}
        </Link>
        <Button type="button" variant="secondary" onClick={onAgain} className="w-full sm:w-auto">
          {t("again")}
        </Button>
      </div>
      {result.rejected.length > 0 ? <RejectedRows preview={preview} mapping={mapping} rows={result.rejected} /> : null}
    </div>
  );
}
