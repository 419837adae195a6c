import { fontRuns } from "./sheet-fonts";

// A line is the taller font's own height (Noto Sans JP 1.45 em; Noto Sans 1.36), drawn closer together.
const LINE_EM = 1.45;
const GAP_EM = -0.2;

/** The height one line of `size`-point text needs. */
export const lineHeight = (size: number) => size * LINE_EM;

export type TextSpace = { x: number; y: number; width: number; bottom: number };
export type TextStyle = { size: number; bold?: boolean; maxLines: number; align?: "left" | "right" | "center" };

/**
 * The `height` pdfkit needs to print exactly `lines` lines: it puts the ellipsis on the line
 * after which two more of its own line heights would not fit.
 */
const heightFor = (lines: number, line: number, step: number) => (lines - 2) * step + 2 * line + 0.01;

/**
 * Draws `text` at (x, y), wrapped to `width`, each script in a font that has it, cut with an
 * ellipsis after `maxLines` lines or at `bottom`. Returns the y below what it drew.
 */
export function drawText(doc: PDFKit.PDFDocument, text: string, space: TextSpace, style: TextStyle): number {
  const line = lineHeight(style.size);
  const step = line + style.size * GAP_EM;
  // The epsilon keeps a line that fits exactly from being lost to rounding.
  const lines = Math.min(style.maxLines, Math.floor((space.bottom - space.y - line) / step + 1e-6) + 1);
  const runs = fontRuns(text.replace(/\s+/g, " ").trim(), style.bold);
  if (lines < 1 || runs.length === 0) return space.y;
  const options = { width: space.width, height: heightFor(lines, line, step), ellipsis: true, lineGap: style.size * GAP_EM, align: style.align ?? "left" };
  doc.fontSize(style.size).fillColor("#000000");
  runs.forEach((run, index) => {
    const continued = index < runs.length - 1;
    if (index === 0) doc.font(run.font).text(run.text, space.x, space.y, { ...options, continued });
    else doc.font(run.font).text(run.text, { ...options, continued });
  });
  return doc.y;
}
