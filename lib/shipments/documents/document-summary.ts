import { drawText } from "@/lib/labels/sheet/draw-text";
import { textHeight } from "@/lib/pdf/text-height";
import { CONTENT, MUTED } from "./document-page";

export type Summary = { facts: readonly (readonly [string, string])[]; declaration?: string; signatory: string };

const LABEL_WIDTH = 130;
const SIZE = 9;
const SIGNATURE_HEIGHT = 62;

function factHeight(doc: PDFKit.PDFDocument, [label, value]: readonly [string, string]): number {
  return Math.max(textHeight(doc, label, LABEL_WIDTH, { size: SIZE, bold: true }), textHeight(doc, value, CONTENT.width - LABEL_WIDTH, { size: SIZE })) + 3;
}

/**
 * The block under the table: totals and other facts as label and value, the declaration, and a
 * place to sign. It is kept whole, on a new page when this one has no room for it.
 */
export function drawSummary(doc: PDFKit.PDFDocument, summary: Summary, top: number, nextPage: () => number): void {
  const declarationHeight = summary.declaration ? textHeight(doc, summary.declaration, CONTENT.width, { size: SIZE }) + 12 : 0;
  const height = summary.facts.reduce((sum, fact) => sum + factHeight(doc, fact), 0) + declarationHeight + SIGNATURE_HEIGHT;
  let y = top + height > CONTENT.bottom ? nextPage() : top;
  const space = (x: number, width: number) => ({ x, y, width, bottom: CONTENT.bottom });
  for (const [label, value] of summary.facts) {
    const labelBottom = drawText(doc, label, space(CONTENT.left, LABEL_WIDTH), { size: SIZE, bold: true, maxLines: 3 });
    const valueBottom = drawText(doc, value, space(CONTENT.left + LABEL_WIDTH, CONTENT.width - LABEL_WIDTH), { size: SIZE, maxLines: 3 });
    y = Math.max(labelBottom, valueBottom) + 3;
  }
  if (summary.declaration) y = drawText(doc, summary.declaration, { ...space(CONTENT.left, CONTENT.width), y: y + 8 }, { size: SIZE, maxLines: 6 }) + 4;
  const signatureX = CONTENT.right - 220;
  y = drawText(doc, `For and on behalf of ${summary.signatory}`, { ...space(signatureX, 220), y: y + 6 }, { size: SIZE, maxLines: 2 });
  doc.moveTo(signatureX, y + 28).lineTo(CONTENT.right, y + 28).lineWidth(0.5).strokeColor(MUTED).stroke();
  doc.font("sans").fontSize(7).fillColor(MUTED).text("Authorised signature and stamp", signatureX, y + 31, { width: 220, lineBreak: false });
}
