import PDFDocument from "pdfkit";
import { drawLabel } from "./draw-label";
import { labelsPerSheet } from "./label-sizes";
import { registerSheetFonts } from "./sheet-fonts";
import type { LabelSheetInput } from "./sheet-input";
import { cellBoxMm } from "./sheet-grid";

/**
 * An A4 PDF of labels: each lot's copies in turn, filling the size's grid row by row, page after
 * page. Fonts are embedded as subsets; barcodes and QR codes are vector shapes.
 */
export async function renderLabelSheet(input: LabelSheetInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: `Label sheet ${input.product.sku}`, Creator: "OVOP Hub" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  await registerSheetFonts(doc);
  const perPage = labelsPerSheet(input.size);
  let index = 0;
  for (const lot of input.lots) {
    for (let copy = 0; copy < lot.copies; copy++, index++) {
      if (index % perPage === 0) doc.addPage({ size: "A4", margin: 0 });
      drawLabel(doc, input, lot, cellBoxMm(input.size, index));
    }
  }
  doc.end();
  return finished;
}
