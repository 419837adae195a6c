import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";

type CsvOptions = { delimiter?: "," | ";" | "\t"; bom?: boolean; encoding?: "utf-8" | "windows-1251" | "utf-16le" };

/** A member file as a spreadsheet program saves it, built in the test instead of committed. */
export function csvFile(rows: readonly (readonly (string | number)[])[], { delimiter = ",", bom = false, encoding = "utf-8" }: CsvOptions = {}): Uint8Array {
  const text = Papa.unparse(rows.map((row) => [...row]), { delimiter, newline: "\r\n" });
  if (encoding === "windows-1251") return new Uint8Array(iconv.encode(text, "win1251"));
  if (encoding === "utf-16le") return new Uint8Array(iconv.encode(text, "utf-16le", { addBOM: true }));
  return new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
}

export async function xlsxFile(rows: readonly (readonly ExcelJS.CellValue[])[], { titleRow }: { titleRow?: string } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Members");
  if (titleRow) sheet.addRow([titleRow]);
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
