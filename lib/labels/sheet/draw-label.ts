import { isValidEan13 } from "@/lib/labels/ean13";
import { publicTraceUrl } from "@/lib/labels/public-trace-url";
import { drawEan13, EAN13_MODULES, ean13DigitsHeight } from "./draw-ean13";
import { drawQr } from "./draw-qr";
import { drawText, lineHeight } from "./draw-text";
import { PRINTED_TEXTS, type LabelSheetInput, type SheetLot } from "./sheet-input";
import { mm, type BoxMm } from "./sheet-grid";
import { textFlow } from "./text-flow";

const distinct = (values: (string | null | undefined)[]) => [...new Set(values.map((v) => v?.trim()).filter((v): v is string => Boolean(v)))];

/** The product name in each printed language: the design's wording, else the catalogue's. */
function names({ design, product, languages }: LabelSheetInput): string[] {
  return distinct(languages.map((l) => design.texts[l]?.productName || product.names[l]));
}

/** One block per printed text: every language's wording side by side ("毛 100% / Wool 100%"). */
function textBlocks({ design, languages }: LabelSheetInput): string[] {
  return PRINTED_TEXTS.map((field) => distinct(languages.map((l) => design.texts[l]?.[field])).join(" / ")).filter(Boolean);
}

/**
 * One label in its cell: the lot's QR code top right, the EAN-13 bottom left, the lot code
 * bottom right, and the names and texts in the space left. Text that does not fit is cut with an ellipsis.
 */
export function drawLabel(doc: PDFKit.PDFDocument, input: LabelSheetInput, lot: SheetLot, cell: BoxMm): void {
  const { size } = input;
  const x = mm(cell.left + size.paddingMm);
  const y = mm(cell.top + size.paddingMm);
  const width = mm(cell.width - 2 * size.paddingMm);
  const bottom = mm(cell.top + cell.height - size.paddingMm);
  const gap = mm(1.5);
  const qr = mm(size.qrMm);
  drawQr(doc, publicTraceUrl(lot.publicCode), x + width - qr, y, qr);

  const moduleWidth = mm(size.barModuleMm);
  const barHeight = mm(size.barHeightMm);
  const ean13 = input.design.ean13 && isValidEan13(input.design.ean13) ? input.design.ean13 : null;
  const barcodeTop = bottom - barHeight - ean13DigitsHeight(moduleWidth);
  if (ean13) drawEan13(doc, ean13, { x, y: barcodeTop, moduleWidth, barHeight, font: "sans" });
  const sideLeft = ean13 ? x + EAN13_MODULES * moduleWidth + gap : x;
  const lotTop = bottom - lineHeight(size.fontPt + 1);
  drawText(doc, `LOT ${lot.lotCode}`, { x: sideLeft, y: lotTop, width: x + width - sideLeft, bottom }, { size: size.fontPt + 1, bold: true, maxLines: 1, align: "right" });

  const write = textFlow(
    doc,
    { x, y, width, bottom: (ean13 ? barcodeTop : lotTop) - gap / 2, narrowWidth: width - qr - gap, narrowUntil: y + qr },
    ean13 ? { x: sideLeft, y: Math.max(y + qr + gap / 2, barcodeTop), width: x + width - sideLeft, bottom: lotTop - gap / 2 } : null,
  );
  names(input).forEach((name, index) => write(name, { size: size.fontPt + (index === 0 ? 2 : 1), bold: index === 0, maxLines: 2 }));
  for (const block of textBlocks(input)) write(block, { size: size.fontPt, maxLines: size.maxLinesPerText });
}
