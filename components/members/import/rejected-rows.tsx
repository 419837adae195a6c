"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ColumnMapping } from "@/lib/members/import/fields";
import type { ImportPreview, RejectedRow } from "@/lib/members/import/report";
import { downloadText, rejectedCsv } from "./rejected-csv";

// A page of reasons is enough to see what is wrong; the CSV carries every row.
const SHOWN = 100;

type Props = { preview: ImportPreview; mapping: ColumnMapping; rows: readonly RejectedRow[] };

export function RejectedRows({ preview, mapping, rows }: Props) {
  const t = useTranslations("memberImport");
  const columnName = useTranslations("members.columns");
  const errorText = useErrorText();
  const locale = useLocale();
  if (rows.length === 0) return <p className="text-stone-600">{t("noRejected")}</p>;

  const reasons = (row: RejectedRow) => row.issues.map((issue) => `${columnName(issue.field)}: ${errorText(issue.message)}`);
  const name = (row: RejectedRow) => (mapping.fullName === undefined ? "" : row.cells[mapping.fullName]);
  const download = () => {
    const labels = { row: t("csv.row"), reason: t("csv.reason"), reasonOf: (row: RejectedRow) => reasons(row).join("; ") };
    downloadText(rejectedCsv(preview.headers, rows, labels, locale !== "en"), `${t("csv.fileName")}.csv`, "text/csv;charset=utf-8");
  };

  return (
    <section className="space-y-3" aria-labelledby="rejected-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="rejected-title" className="font-semibold">
          {t("rejectedTitle")}
        </h3>
        <Button type="button" variant="secondary" onClick={download} className="w-full sm:w-auto">
          {t("download")}
        </Button>
      </div>
      <div className="overflow-x-auto rounded-md border border-stone-200 bg-white">
        <table className="min-w-full text-left text-sm" data-testid="rejected-rows">
          <thead className="bg-stone-50">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t("row")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("name")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("problems")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.slice(0, SHOWN).map((row) => (
              <tr key={row.row} className="align-top">
                <td className="px-3 py-2 font-mono">{row.row}</td>
                <td className="px-3 py-2">{name(row)}</td>
                <td className="px-3 py-2">
                  <ul>
                    {reasons(row).map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN ? <p className="text-sm text-stone-600">{t("moreRejected", { count: rows.length - SHOWN })}</p> : null}
    </section>
  );
}
