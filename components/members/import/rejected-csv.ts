import Papa from "papaparse";
import type { RejectedRow } from "@/lib/members/import/report";

type Labels = { row: string; reason: string; reasonOf: (row: RejectedRow) => string };

/**
 * The rejected rows as they were in the file, after their row number and the reasons, so the
 * file can be fixed and uploaded again. Semicolons and a BOM where Excel expects them (ru, ky).
 */
export function rejectedCsv(headers: readonly string[], rows: readonly RejectedRow[], labels: Labels, semicolons: boolean): string {
  const data = [[labels.row, labels.reason, ...headers], ...rows.map((r) => [String(r.row), labels.reasonOf(r), ...r.cells])];
  return `\uFEFF${Papa.unparse(data, { delimiter: semicolons ? ";" : "," })}`;
}

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
