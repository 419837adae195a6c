import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Locale } from "@/lib/i18n/locales";

export type Cell = string | number | null;

/**
 * CSV as Excel opens it in the reader's locale: a BOM for UTF-8, and semicolons where the
 * locale's decimal separator is a comma (Russian and Kyrgyz Windows).
 */
export function tableCsv(rows: Cell[][], locale: Locale): string {
  return `\uFEFF${Papa.unparse(rows, { delimiter: locale === "en" ? "," : ";" })}`;
}

/** One sheet with a bold, frozen header row; `numberFormats` gives Excel number formats by column index. */
export async function tableXlsx(rows: Cell[][], sheetName: string, numberFormats: Record<number, string> = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  const [header = [], ...body] = rows;
  sheet.addRow(header).font = { bold: true };
  for (const row of body) sheet.addRow(row);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.columns.forEach((column, index) => {
    column.width = 18;
    const format = numberFormats[index];
    if (format) column.numFmt = format;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
