import type { TableCell, TableColumn } from "@/lib/pdf/table";
import { formatQuantity } from "./document-format";
import type { DocumentLine, ShipmentDocument } from "./load-shipment-document";

/**
 * The English name, and under it the name the destination reads: Japanese for Japan where the
 * product has one, otherwise Russian (the lingua franca of our other buyers).
 */
function description(line: DocumentLine, market: string): string[] {
  const second = market.toUpperCase() === "JP" ? (line.names.ja ?? line.names.ru) : line.names.ru;
  return second.trim() === line.names.en.trim() ? [line.names.en] : [line.names.en, second];
}

type Widths = { no: number; item: number; description: number; hsCode: number; lots: number; quantity: number; unit: number };

/** The columns both documents open with, at the widths each gives them. */
export const lineColumns = (widths: Widths, lotsHeader: string): TableColumn[] => [
  { header: "No.", width: widths.no, align: "right" },
  { header: "SKU / buyer article", width: widths.item },
  { header: "Description", width: widths.description },
  { header: "HS code", width: widths.hsCode },
  { header: lotsHeader, width: widths.lots },
  { header: "Quantity", width: widths.quantity, align: "right" },
  { header: "Unit", width: widths.unit },
];

/** A line's cells under `lineColumns`: the SKU with the buyer's article number below it where they gave one. */
export const lineCells = (line: DocumentLine, market: string, lots: string[]): TableCell[] => [
  String(line.no),
  [line.sku, line.buyerArticle ?? ""],
  description(line, market),
  line.hsCode ?? "—",
  lots,
  formatQuantity(line.quantity),
  line.unit,
];

/** The totals row's cells under `lineColumns`. */
export const totalCells = (data: ShipmentDocument): TableCell[] => ["", "", "Total", "", "", formatQuantity(data.totals.quantity), ""];

/** "120 pcs" when every line counts in the same unit, else the bare number. */
export function totalQuantity(data: ShipmentDocument): string {
  const units = new Set(data.lines.map((line) => line.unit));
  const [unit] = units;
  return units.size === 1 ? `${formatQuantity(data.totals.quantity)} ${unit}` : formatQuantity(data.totals.quantity);
}
