import type { LabelSize } from "./label-sizes";

/** PDF points per millimetre. */
export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number) => value * PT_PER_MM;

export const A4_MM = { width: 210, height: 297 } as const;

/** A rectangle in millimetres from the page's top left corner. */
export type BoxMm = { left: number; top: number; width: number; height: number };

/** Where the label at `index` (counted from 0 across the sheet's rows) sits on its page. */
export function cellBoxMm(size: LabelSize, index: number): BoxMm {
  const onPage = index % (size.columns * size.rows);
  const column = onPage % size.columns;
  const row = Math.floor(onPage / size.columns);
  return {
    left: size.marginLeftMm + column * (size.widthMm + size.gapXMm),
    top: size.marginTopMm + row * (size.heightMm + size.gapYMm),
    width: size.widthMm,
    height: size.heightMm,
  };
}
