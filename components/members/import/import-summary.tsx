import { useTranslations } from "next-intl";
import type { ImportResult } from "@/lib/members/import/report";

/** The counts of a dry run (what would happen) or of the finished import (what happened). */
export function ImportSummary({ result }: { result: ImportResult }) {
  const t = useTranslations("memberImport");
  const rejected = result.rejected.length;
  return (
    <ul className="space-y-1" data-testid="import-summary">
      {result.dryRun ? (
        <>
          <li data-testid="valid-count">{t("validCount", { count: result.valid })}</li>
          {rejected > 0 ? <li data-testid="rejected-count">{t("rejectedCount", { count: rejected })}</li> : null}
          {result.numbering ? <li>{t("numbering", { count: result.numbering.count, name: result.numbering.first })}</li> : null}
        </>
      ) : (
        <>
          <li data-testid="imported-count" className="font-semibold">{t("imported", { count: result.imported })}</li>
          {rejected > 0 ? <li data-testid="skipped-count">{t("skipped", { count: rejected })}</li> : null}
        </>
      )}
    </ul>
  );
}
