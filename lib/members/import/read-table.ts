import Papa from "papaparse";
import { DomainError } from "@/lib/errors/domain-errors";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "./fields";
import { decodeText } from "./decode-text";
import { readXlsx } from "./read-xlsx";

export type GridRow = { number: number; cells: string[] };

/** A file's header row and the non-blank rows under it; `number` is the row as the spreadsheet numbers it. */
export type Table = { headers: string[]; rows: GridRow[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// The pre-2007 binary Excel format (OLE2 compound file).
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

function readDelimited(bytes: Uint8Array): GridRow[] {
  const parsed = Papa.parse<string[]>(decodeText(bytes), { delimitersToGuess: [";", ",", "\t"], skipEmptyLines: false });
  return parsed.data.map((cells, index) => ({ number: index + 1, cells }));
}

/**
 * The table in an uploaded CSV, TXT or XLSX file. The header is the first row with at least two
 * filled cells, so a title line above the table is skipped.
 */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new DomainError("importEmpty");
  if (bytes.length > MAX_IMPORT_BYTES) throw new DomainError(`importTooLarge?max=${MAX_IMPORT_MB}`);
  if (startsWith(bytes, OLE2)) throw new DomainError("importLegacyExcel");
  const grid = startsWith(bytes, ZIP) ? await readXlsx(bytes) : readDelimited(bytes);
  const rows = grid
    .map((row) => ({ number: row.number, cells: row.cells.map((cell) => cell.replace(/\s+/g, " ").trim()) }))
    .filter((row) => row.cells.some(Boolean));
  if (rows.length === 0) throw new DomainError("importEmpty");
  const headerIndex = rows.findIndex((row) => row.cells.filter(Boolean).length >= 2);
  if (headerIndex < 0) throw new DomainError("importNotATable");
  const body = rows.slice(headerIndex + 1);
  if (body.length === 0) throw new DomainError("importEmpty");
  return { headers: rows[headerIndex]!.cells, rows: body };
}
