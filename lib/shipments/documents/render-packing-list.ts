import { formatKilograms, formatQuantity } from "./document-format";
import { deliveryFact, originFact } from "./document-facts";
import { lineCells, lineColumns, totalCells, totalQuantity } from "./line-cells";
import type { ShipmentDocument } from "./load-shipment-document";
import { renderShipmentDocument } from "./render-shipment-document";

const COLUMNS = [
  ...lineColumns({ no: 22, item: 80, description: 140, hsCode: 46, lots: 98, quantity: 44, unit: 30 }, "Lots (quantity)"),
  { header: "Net weight (kg)", width: 55.28, align: "right" as const },
];

function netWeight(data: ShipmentDocument): string {
  const { netWeightG, linesWithoutWeight } = data.totals;
  const missing = linesWithoutWeight === 0 ? "" : ` (without ${linesWithoutWeight} ${linesWithoutWeight === 1 ? "line" : "lines"} of unknown weight)`;
  return `${formatKilograms(netWeightG)} kg${missing}`;
}

/** The packing list: what is in the shipment, from which lots, how many and how heavy. */
export function renderPackingList(data: ShipmentDocument, issuedOn: string): Promise<Buffer> {
  const rows = data.lines.map((line) => ({
    cells: [
      ...lineCells(line, data.shipment.market, line.lots.map((lot) => `${lot.lotCode} (${formatQuantity(lot.quantity)})`)),
      line.netWeightG === null ? "—" : formatKilograms(line.netWeightG),
    ],
  }));
  const facts = [["Total quantity", totalQuantity(data)], ["Total net weight", netWeight(data)], ["Lots", formatQuantity(data.totals.lots)], deliveryFact(data), originFact(data)] as const;
  return renderShipmentDocument(
    data,
    {
      title: "Packing list",
      columns: COLUMNS,
      rows: [...rows, { bold: true, cells: [...totalCells(data), formatKilograms(data.totals.netWeightG)] }],
      summary: { facts, signatory: data.association.name },
    },
    issuedOn,
  );
}
