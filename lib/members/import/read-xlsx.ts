import ExcelJS from "exceljs";
import { DomainError } from "@/lib/errors/domain-errors";
import type { GridRow } from "./read-table";

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("error" in value) return "";
  if ("result" in value) return cellText(value.result);
  if ("text" in value) return typeof value.text === "string" ? value.text : cellText(value.text);
  return "";
}

/** The first worksheet of an XLSX workbook, with each row's number as Excel shows it. */
export async function readXlsx(bytes: Uint8Array): Promise<GridRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw new DomainError("importNotATable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError("importEmpty");
  const rows: GridRow[] = [];
  sheet.eachRow((row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push({ number, cells });
  });
  return rows;
}
