import PDFDocument from "pdfkit";
import { drawText } from "@/lib/labels/sheet/draw-text";
import { registerSheetFonts } from "@/lib/labels/sheet/sheet-fonts";

/** A4 in points, with the margins the content keeps; the footer sits in the bottom margin. */
export const PAGE = { width: 595.28, height: 841.89, margin: 40 } as const;
export const CONTENT = { left: PAGE.margin, right: PAGE.width - PAGE.margin, width: PAGE.width - 2 * PAGE.margin, top: PAGE.margin, bottom: PAGE.height - 56 };
export const MUTED = "#555555";

/** An A4 document with the embedded fonts, pages kept in memory so the footers can count them. */
export async function newShipmentPdf(title: string): Promise<PDFKit.PDFDocument> {
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, bufferPages: true, info: { Title: title, Creator: "OVOP Hub" } });
  await registerSheetFonts(doc);
  return doc;
}

/** A small grey caption such as "Consignee / buyer", in one line: keep it short enough for its box. */
export function drawCaption(doc: PDFKit.PDFDocument, text: string, x: number, y: number): number {
  doc.font("sansBold").fontSize(7).fillColor(MUTED).text(text.toUpperCase(), x, y, { lineBreak: false, characterSpacing: 0.3 });
  return y + 10;
}

/** A page after the first: the document's title and number, continued. Returns where content starts. */
export function addContinuationPage(doc: PDFKit.PDFDocument, title: string, code: string): number {
  doc.addPage({ size: "A4", margin: 0 });
  const below = drawText(doc, `${title} ${code} (continued)`, { x: CONTENT.left, y: CONTENT.top, width: CONTENT.width, bottom: CONTENT.bottom }, { size: 10, bold: true, maxLines: 1 });
  doc.moveTo(CONTENT.left, below + 4).lineTo(CONTENT.right, below + 4).lineWidth(0.8).strokeColor(MUTED).stroke();
  return below + 12;
}

/** The footer of every page: which document, whose, and "Page n of m". */
export function drawFooter(doc: PDFKit.PDFDocument, left: string, page: number, pages: number): void {
  const y = PAGE.height - 34;
  doc.moveTo(CONTENT.left, y - 6).lineTo(CONTENT.right, y - 6).lineWidth(0.3).strokeColor(MUTED).stroke();
  const half = CONTENT.width / 2;
  drawText(doc, left, { x: CONTENT.left, y, width: half + 80, bottom: PAGE.height }, { size: 7.5, maxLines: 1 });
  drawText(doc, `Page ${page} of ${pages}`, { x: CONTENT.right - half + 80, y, width: half - 80, bottom: PAGE.height }, { size: 7.5, maxLines: 1, align: "right" });
}
