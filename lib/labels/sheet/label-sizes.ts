/**
 * A4 label stock the sheet can print on: the cell grid (mm) and how a label is laid out in it.
 * The common die-cut sizes whose grid fills A4 exactly, so a sheet also works cut by hand.
 */
export type LabelSize = {
  id: string;
  columns: number;
  rows: number;
  widthMm: number;
  heightMm: number;
  marginTopMm: number;
  marginLeftMm: number;
  gapXMm: number;
  gapYMm: number;
  /** Blank border inside each cell: die cuts are rarely exact. */
  paddingMm: number;
  /** Body text size (the product name is larger), and how many lines one text may take before it is cut. */
  fontPt: number;
  maxLinesPerText: number;
  /** Side of the QR code including its 4-module quiet zone. */
  qrMm: number;
  /** EAN-13 module width (0.33 mm is 100 %; GS1 allows 80 % to 200 %) and bar height. */
  barModuleMm: number;
  barHeightMm: number;
};

export const LABEL_SIZES = [
  { id: "70x37", columns: 3, rows: 8, widthMm: 70, heightMm: 37, marginTopMm: 0.5, marginLeftMm: 0, gapXMm: 0, gapYMm: 0, paddingMm: 2.5, fontPt: 5, maxLinesPerText: 2, qrMm: 17, barModuleMm: 0.264, barHeightMm: 8 },
  { id: "105x74", columns: 2, rows: 4, widthMm: 105, heightMm: 74, marginTopMm: 0.5, marginLeftMm: 0, gapXMm: 0, gapYMm: 0, paddingMm: 4, fontPt: 8, maxLinesPerText: 3, qrMm: 26, barModuleMm: 0.33, barHeightMm: 15 },
  { id: "105x148", columns: 2, rows: 2, widthMm: 105, heightMm: 148.5, marginTopMm: 0, marginLeftMm: 0, gapXMm: 0, gapYMm: 0, paddingMm: 6, fontPt: 12, maxLinesPerText: 6, qrMm: 36, barModuleMm: 0.33, barHeightMm: 22.85 },
] as const satisfies readonly LabelSize[];

export type LabelSizeId = (typeof LABEL_SIZES)[number]["id"];
export const LABEL_SIZE_IDS = LABEL_SIZES.map((s) => s.id) as [LabelSizeId, ...LabelSizeId[]];
export const DEFAULT_LABEL_SIZE: LabelSizeId = "105x74";

export function labelSize(id: LabelSizeId): LabelSize {
  return LABEL_SIZES.find((s) => s.id === id)!;
}

export const labelsPerSheet = (size: LabelSize) => size.columns * size.rows;
