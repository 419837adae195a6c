import type { ImportField } from "./fields";

/** `message` is a key under `errors.` with its values as a query string, e.g. "importVillageSuggest?name=Ак-Сай". */
export type RowIssue = { field: ImportField; message: string };

/** A row that will not be imported: its number in the spreadsheet, its cells as read, and why. */
export type RejectedRow = { row: number; cells: string[]; issues: RowIssue[] };

export type ImportProgress = { done: number; total: number };

/** Told of progress after each step; the import waits for a returned promise before going on. */
export type ProgressListener = (progress: ImportProgress) => void | Promise<void>;

export type ImportResult = {
  dryRun: boolean;
  /** Data rows in the file (blank rows are not counted). */
  total: number;
  valid: number;
  imported: number;
  rejected: RejectedRow[];
  /** Member numbers given to rows without one, first and last; null when none were needed. */
  numbering: { first: string; last: string; count: number } | null;
};

export function messageKey(key: string, values?: Record<string, string | number>): string {
  if (!values) return key;
  return `${key}?${new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)]))}`;
}

/** What the mapping step shows: the header, the first rows, and the suggested mapping. */
export type ImportPreview = { headers: string[]; sample: string[][]; total: number; mapping: Partial<Record<ImportField, number>> };

/** One line of the NDJSON answer to a dry run or an import: progress, then the result or the failure. */
export type ImportStreamLine =
  | ({ type: "progress" } & ImportProgress)
  | ({ type: "result" } & ImportResult)
  | { type: "error"; error: string; fieldErrors?: Record<string, string>; requestId?: string };
