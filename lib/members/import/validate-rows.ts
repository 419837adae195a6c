import { checkRow, type MemberDraft, type RowContext } from "./check-row";
import type { ColumnMapping } from "./fields";
import { memberNumberSequence } from "./member-numbers";
import type { Table } from "./read-table";
import { messageKey, type ImportResult, type RejectedRow, type RowIssue } from "./report";
import { villageMatcher, type VillageNames } from "./village-matcher";

/** What a file is checked against, loaded once per import (never a query per row). */
export type Lookups = {
  country: RowContext["country"];
  /** The association's date today, YYYY-MM-DD. */
  today: string;
  villages: readonly VillageNames[];
  /** Existing members' phones (E.164) with the member number that has each. */
  phones: ReadonlyMap<string, string>;
  /** Existing member numbers in upper case. */
  numbers: ReadonlySet<string>;
};

export type ValidMember = MemberDraft & { memberNumber: string };

export type ValidatedRows = Pick<ImportResult, "total" | "rejected" | "numbering"> & { valid: ValidMember[] };

type Claims = { phones: Map<string, number>; numbers: Map<string, number> };

function duplicateIssues(draft: Partial<MemberDraft>, lookups: Lookups, claims: Claims): RowIssue[] {
  const issues: RowIssue[] = [];
  if (draft.phone) {
    const owner = lookups.phones.get(draft.phone);
    const earlier = claims.phones.get(draft.phone);
    if (owner !== undefined) issues.push({ field: "phone", message: messageKey("importPhoneTaken", { name: owner }) });
    else if (earlier !== undefined) issues.push({ field: "phone", message: messageKey("importDuplicateInFile", { value: earlier }) });
  }
  if (draft.memberNumber) {
    const earlier = claims.numbers.get(draft.memberNumber);
    if (lookups.numbers.has(draft.memberNumber)) issues.push({ field: "memberNumber", message: "importNumberTaken" });
    else if (earlier !== undefined) issues.push({ field: "memberNumber", message: messageKey("importDuplicateInFile", { value: earlier }) });
  }
  return issues;
}

/**
 * Checks every row of the file and splits it into the members to create and the rejected rows
 * with their reasons. Within the file the first valid row with a phone or number keeps it; later
 * ones are duplicates. Rows without a number get the next ones in the association's sequence.
 */
export function validateRows(table: Table, mapping: ColumnMapping, lookups: Lookups): ValidatedRows {
  const context: RowContext = { country: lookups.country, today: lookups.today, village: villageMatcher(lookups.villages) };
  const claims: Claims = { phones: new Map(), numbers: new Map() };
  const accepted: MemberDraft[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of table.rows) {
    const { draft, issues } = checkRow(row.cells, mapping, context);
    issues.push(...duplicateIssues(draft, lookups, claims));
    if (issues.length > 0) {
      rejected.push({ row: row.number, cells: row.cells, issues });
      continue;
    }
    if (draft.phone) claims.phones.set(draft.phone, row.number);
    if (draft.memberNumber) claims.numbers.set(draft.memberNumber, row.number);
    accepted.push(draft as MemberDraft);
  }
  const column = mapping.memberNumber;
  const fileNumbers = column === undefined ? [] : table.rows.map((row) => (row.cells[column] ?? "").toUpperCase()).filter(Boolean);
  const nextNumber = memberNumberSequence([...lookups.numbers], fileNumbers);
  const generated: string[] = [];
  const valid = accepted.map((draft) => {
    if (draft.memberNumber) return { ...draft, memberNumber: draft.memberNumber };
    const memberNumber = nextNumber();
    generated.push(memberNumber);
    return { ...draft, memberNumber };
  });
  const numbering = generated.length > 0 ? { first: generated[0]!, last: generated.at(-1)!, count: generated.length } : null;
  return { total: table.rows.length, valid, rejected, numbering };
}
