import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Locale } from "@/lib/i18n/locales";
import type { ExportedMember } from "./export-members";

export const EXPORT_COLUMNS = ["memberNumber", "fullName", "fullNameLatin", "gender", "birthYear", "phone", "district", "village", "group", "joinedOn", "status", "skills"] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

type Labels = { column: (c: ExportColumn) => string; gender: (g: string) => string; status: (s: string) => string; skill: (s: string) => string };

function cells(m: ExportedMember, labels: Labels): (string | number)[] {
  return [m.memberNumber, m.fullName, m.fullNameLatin ?? "", labels.gender(m.gender), m.birthYear, m.phone ?? "", m.districtName, m.villageName, m.groupName ?? "", m.joinedOn, labels.status(m.status), m.skills.map(labels.skill).join(", ")];
}

/**
 * CSV as Excel opens it in the reader's locale: a BOM for UTF-8, and semicolons where the
 * locale's decimal separator is a comma (Russian and Kyrgyz Windows).
 */
export function membersCsv(rows: ExportedMember[], labels: Labels, locale: Locale): string {
  const data = [EXPORT_COLUMNS.map(labels.column), ...rows.map((m) => cells(m, labels))];
  return `\uFEFF${Papa.unparse(data, { delimiter: locale === "en" ? "," : ";" })}`;
}

export async function membersXlsx(rows: ExportedMember[], labels: Labels, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(EXPORT_COLUMNS.map(labels.column)).font = { bold: true };
  for (const m of rows) sheet.addRow(cells(m, labels));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
