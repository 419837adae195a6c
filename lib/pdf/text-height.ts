import { fontRuns } from "@/lib/labels/sheet/sheet-fonts";

// drawText sets lines this much closer than the font's own line height.
const GAP_EM = -0.2;

/**
 * The height `drawText` will take for `text` at `width`: exact for text in one script; text that
 * mixes scripts is measured in Noto Sans JP (taller lines), close enough to plan a page break.
 */
export function textHeight(doc: PDFKit.PDFDocument, text: string, width: number, style: { size: number; bold?: boolean }): number {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return 0;
  const runs = fontRuns(clean, style.bold);
  const font = runs.length === 1 ? runs[0]!.font : style.bold ? "jpBold" : "jp";
  return doc.font(font).fontSize(style.size).heightOfString(clean, { width, lineGap: style.size * GAP_EM });
}
