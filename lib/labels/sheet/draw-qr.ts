import QRCode from "qrcode";

/** The 4-module blank border the QR standard asks for around the symbol. */
const QUIET_MODULES = 4;

/**
 * Draws `text` as a QR code filling a `side`-point square at (x, y), quiet zone included, as
 * vector squares in one filled path (no seams between modules). Level M survives a scuffed label.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, side: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const unit = side / (modules.size + 2 * QUIET_MODULES);
  const origin = (index: number) => (index + QUIET_MODULES) * unit;
  for (let row = 0; row < modules.size; row++) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column++;
      doc.rect(x + origin(start), y + origin(row), (column - start) * unit, unit);
    }
  }
  doc.fill("#000000");
}
