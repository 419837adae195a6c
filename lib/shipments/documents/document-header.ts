import { drawText } from "@/lib/labels/sheet/draw-text";
import { countryName } from "@/lib/validation/iso-codes";
import { CONTENT, drawCaption, MUTED } from "./document-page";
import type { ShipmentDocument } from "./load-shipment-document";

const GAP = 12;
const PAD = 6;

type Party = { caption: string; name: string; lines: string[] };

function parties(data: ShipmentDocument): [Party, Party] {
  const { association, buyer } = data;
  const present = (values: (string | null)[]) => values.filter((value): value is string => Boolean(value?.trim()));
  return [
    { caption: "Exporter / seller", name: association.name, lines: [countryName(association.countryCode, "en")] },
    {
      caption: "Consignee / buyer",
      name: buyer.name,
      lines: present([buyer.address, countryName(buyer.countryCode, "en"), buyer.contactName && `Attn. ${buyer.contactName}`, buyer.email, buyer.phone]),
    },
  ];
}

/** Two boxes side by side: who sends and who receives. Returns the y below them. */
function drawParties(doc: PDFKit.PDFDocument, data: ShipmentDocument, top: number): number {
  const width = (CONTENT.width - GAP) / 2;
  const bottoms = parties(data).map((party, index) => {
    const x = CONTENT.left + index * (width + GAP) + PAD;
    const space = (y: number) => ({ x, y, width: width - 2 * PAD, bottom: CONTENT.bottom });
    let y = drawCaption(doc, party.caption, x, top + PAD);
    y = drawText(doc, party.name, space(y), { size: 10, bold: true, maxLines: 2 });
    for (const line of party.lines) y = drawText(doc, line, space(y), { size: 9, maxLines: 3 });
    return y;
  });
  const bottom = Math.max(...bottoms) + PAD;
  for (const index of [0, 1]) doc.rect(CONTENT.left + index * (width + GAP), top, width, bottom - top).lineWidth(0.5).strokeColor(MUTED).stroke();
  return bottom;
}

/** A strip of the shipment's particulars, each a caption over its value. */
function drawParticulars(doc: PDFKit.PDFDocument, data: ShipmentDocument, top: number): number {
  const { shipment } = data;
  const shipped = shipment.shippedAt ? new Intl.DateTimeFormat("en-CA", { timeZone: data.association.timezone }).format(shipment.shippedAt) : null;
  const cells: [string, string][] = [
    ["Shipment", shipment.code],
    [shipped ? "Shipped on" : "Planned date", shipped ?? shipment.plannedDate],
    ["Destination", shipment.destination],
    ["Incoterm", shipment.incoterm],
    ["Currency", shipment.currency],
  ];
  const width = CONTENT.width / cells.length;
  const bottoms = cells.map(([caption, value], index) => {
    const x = CONTENT.left + index * width + PAD;
    const y = drawCaption(doc, caption, x, top + PAD);
    return drawText(doc, value, { x, y, width: width - 2 * PAD, bottom: CONTENT.bottom }, { size: 9, bold: true, maxLines: 2 });
  });
  const bottom = Math.max(...bottoms) + PAD;
  doc.rect(CONTENT.left, top, CONTENT.width, bottom - top).lineWidth(0.5).strokeColor(MUTED).stroke();
  return bottom;
}

/**
 * The first page's head: the title with the document's number and date, the two parties and the
 * shipment's particulars. Returns the y below it.
 */
export function drawDocumentHeader(doc: PDFKit.PDFDocument, title: string, data: ShipmentDocument, issuedOn: string): number {
  const top = CONTENT.top;
  const titleBottom = drawText(doc, title.toUpperCase(), { x: CONTENT.left, y: top, width: CONTENT.width / 2, bottom: CONTENT.bottom }, { size: 18, bold: true, maxLines: 1 });
  const right = { x: CONTENT.left + CONTENT.width / 2, width: CONTENT.width / 2, bottom: CONTENT.bottom };
  const numberBottom = drawText(doc, `No. ${data.shipment.code}`, { ...right, y: top + 2 }, { size: 11, bold: true, maxLines: 1, align: "right" });
  const dateBottom = drawText(doc, `Date: ${issuedOn}`, { ...right, y: numberBottom }, { size: 9, maxLines: 1, align: "right" });
  const partiesBottom = drawParties(doc, data, Math.max(titleBottom, dateBottom) + 10);
  return drawParticulars(doc, data, partiesBottom + GAP) + GAP + 4;
}
