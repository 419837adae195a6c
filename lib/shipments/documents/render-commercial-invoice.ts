import { formatAmount, formatMoneyCode } from "./document-format";
import { deliveryFact, originFact } from "./document-facts";
import { lineCells, lineColumns, totalCells, totalQuantity } from "./line-cells";
import type { ShipmentDocument } from "./load-shipment-document";
import { renderShipmentDocument } from "./render-shipment-document";

const columns = (currency: string) => [
  ...lineColumns({ no: 20, item: 74, description: 110, hsCode: 42, lots: 76, quantity: 44, unit: 27 }, "Lots"),
  { header: `Unit price (${currency})`, width: 56, align: "right" as const },
  { header: `Amount (${currency})`, width: 66.28, align: "right" as const },
];

const DECLARATION =
  "We hereby certify that this invoice shows the actual price of the goods described, that all particulars are true and correct, and that the goods are of the origin stated.";

/** The commercial invoice: what the buyer pays for each line and in all, for customs and payment. */
export function renderCommercialInvoice(data: ShipmentDocument, issuedOn: string): Promise<Buffer> {
  const { currency, market } = data.shipment;
  const rows = data.lines.map((line) => ({
    cells: [
      ...lineCells(line, market, line.lots.map((lot) => lot.lotCode)),
      formatAmount(line.unitPriceMinor, currency),
      formatAmount(line.valueMinor, currency),
    ],
  }));
  const facts = [["Total quantity", totalQuantity(data)], ["Total value", formatMoneyCode(data.totals.valueMinor, currency)], deliveryFact(data), originFact(data)] as const;
  return renderShipmentDocument(
    data,
    {
      title: "Commercial invoice",
      columns: columns(currency),
      rows: [...rows, { bold: true, cells: [...totalCells(data), "", formatAmount(data.totals.valueMinor, currency)] }],
      summary: { facts, declaration: DECLARATION, signatory: data.association.name },
    },
    issuedOn,
  );
}
