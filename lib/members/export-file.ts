import type { Locale } from "@/lib/i18n/locales";
import { tableCsv, tableXlsx } from "@/lib/spreadsheet/table-file";
import type { ExportedMember } from "./export-members";

export const EXPORT_COLUMNS = ["memberNumber", "fullName", "fullNameLatin", "gender", "birthYear", "phone", "district", "village", "group", "joinedOn", "status", "skills"] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

type Labels = { column: (c: ExportColumn) => string; gender: (g: string) => string; status: (s: string) => string; skill: (s: string) => string };

function cells(m: ExportedMember, labels: Labels): (string | number)[] {
  return [m.memberNumber, m.fullName, m.fullNameLatin ?? "", labels.gender(m.gender), m.birthYear, m.phone ?? "", m.districtName, m.villageName, m.groupName ?? "", m.joinedOn, labels.status(m.status), m.skills.map(labels.skill).join(", ")];
}

const table = (rows: ExportedMember[], labels: Labels) => [EXPORT_COLUMNS.map(labels.column), ...rows.map((m) => cells(m, labels))];

export function membersCsv(rows: ExportedMember[], labels: Labels, locale: Locale): string {
  return tableCsv(table(rows, labels), locale);
}

export async function membersXlsx(rows: ExportedMember[], labels: Labels, sheetName: string): Promise<Buffer> {
  return tableXlsx(table(rows, labels), sheetName);
}
