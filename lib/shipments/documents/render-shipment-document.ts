import { collectPdf } from "@/lib/pdf/collect-pdf";
import { numberPages } from "@/lib/pdf/number-pages";
import { drawTable, type TableColumn, type TableRow } from "@/lib/pdf/table";
import { drawDocumentHeader } from "./document-header";
import { addContinuationPage, CONTENT, drawFooter, newShipmentPdf } from "./document-page";
import { drawSummary, type Summary } from "./document-summary";
import type { ShipmentDocument } from "./load-shipment-document";

/** What sets one shipment document apart from the other: its title, its table and what follows the table. */
export type DocumentSpec = { title: string; columns: readonly TableColumn[]; rows: readonly TableRow[]; summary: Summary };

/**
 * An A4 PDF of a shipment document: the head with the parties on the first page, the table over
 * as many pages as it needs (later pages headed "continued"), the summary, and "Page n of m" footers.
 */
export async function renderShipmentDocument(data: ShipmentDocument, spec: DocumentSpec, issuedOn: string): Promise<Buffer> {
  const code = data.shipment.code;
  const doc = await newShipmentPdf(`${spec.title} ${code}`);
  const bytes = collectPdf(doc);
  const nextPage = () => addContinuationPage(doc, spec.title, code);
  doc.addPage({ size: "A4", margin: 0 });
  const top = drawDocumentHeader(doc, spec.title, data, issuedOn);
  const below = drawTable(doc, spec.columns, spec.rows, { x: CONTENT.left, top, bottom: CONTENT.bottom, nextPage });
  drawSummary(doc, spec.summary, below + 14, nextPage);
  numberPages(doc, (page, pages) => drawFooter(doc, `${spec.title} ${code} · ${data.association.name}`, page, pages));
  doc.end();
  return bytes;
}
