import { drawText } from "@/lib/labels/sheet/draw-text";
import { textHeight } from "./text-height";

export type TableColumn = { header: string; width: number; align?: "left" | "right" };
/** One text, or several stacked in the cell (a name with its Japanese name below it). */
export type TableCell = string | readonly string[];
export type TableRow = { cells: readonly TableCell[]; bold?: boolean };
/** Where the table draws: from `top` down to `bottom`; `nextPage` adds a page and returns the y the table goes on from. */
export type TableFrame = { x: number; top: number; bottom: number; nextPage: () => number };

const SIZE = 8;
const PAD = 3;
const RULE_COLOR = "#8c8c8c";
const HEADER_FILL = "#ebebeb";

const parts = (cell: TableCell | undefined): readonly string[] => (typeof cell === "string" ? [cell] : (cell ?? [])).filter((text) => text.trim());

function rowHeight(doc: PDFKit.PDFDocument, columns: readonly TableColumn[], row: TableRow): number {
  const heights = columns.map((column, i) =>
    parts(row.cells[i]).reduce((sum, text) => sum + textHeight(doc, text, column.width - 2 * PAD, { size: SIZE, bold: row.bold }), 0),
  );
  return Math.max(0, ...heights) + 2 * PAD;
}

/** Draws a row's cells from `y`, each cut off at `bottom`; returns the y below the row. */
function drawCells(doc: PDFKit.PDFDocument, columns: readonly TableColumn[], row: TableRow, x: number, y: number, bottom: number): number {
  let left = x;
  let below = y + PAD;
  columns.forEach((column, i) => {
    let cellY = y + PAD;
    for (const text of parts(row.cells[i])) {
      cellY = drawText(doc, text, { x: left + PAD, y: cellY, width: column.width - 2 * PAD, bottom }, { size: SIZE, bold: row.bold, maxLines: 50, align: column.align });
    }
    below = Math.max(below, cellY);
    left += column.width;
  });
  return below + PAD;
}

function rule(doc: PDFKit.PDFDocument, x: number, y: number, width: number, weight: number): void {
  doc.moveTo(x, y).lineTo(x + width, y).lineWidth(weight).strokeColor(RULE_COLOR).stroke();
}

/**
 * Draws a table that continues on new pages as it fills them, with the header row repeated at
 * the top of each page and no row split across two. Bold rows (totals) get a rule above them.
 * Returns the y below the last row.
 */
export function drawTable(doc: PDFKit.PDFDocument, columns: readonly TableColumn[], rows: readonly TableRow[], frame: TableFrame): number {
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  const header: TableRow = { cells: columns.map((column) => column.header), bold: true };
  const headerHeight = rowHeight(doc, columns, header);
  const drawHeader = (y: number) => {
    doc.rect(frame.x, y, width, headerHeight).fill(HEADER_FILL);
    const below = drawCells(doc, columns, header, frame.x, y, frame.bottom);
    rule(doc, frame.x, below, width, 0.8);
    return below;
  };

  // A header alone at the foot of a page goes to the next one with its first row.
  const first = rows[0] ? rowHeight(doc, columns, rows[0]) : 0;
  let y = drawHeader(frame.top + headerHeight + first > frame.bottom ? frame.nextPage() : frame.top);
  for (const row of rows) {
    if (y + rowHeight(doc, columns, row) > frame.bottom) y = drawHeader(frame.nextPage());
    if (row.bold) rule(doc, frame.x, y, width, 0.8);
    y = drawCells(doc, columns, row, frame.x, y, frame.bottom);
    rule(doc, frame.x, y, width, 0.3);
  }
  return y;
}
