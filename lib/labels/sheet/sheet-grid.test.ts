import { describe, expect, it } from "vitest";
import { LABEL_SIZES, labelSize } from "./label-sizes";
import { A4_MM, cellBoxMm } from "./sheet-grid";

describe("cellBoxMm", () => {
  it("fills the grid row by row and starts again on the next page", () => {
    const size = labelSize("70x37");
    expect(cellBoxMm(size, 0)).toEqual({ left: 0, top: 0.5, width: 70, height: 37 });
    expect(cellBoxMm(size, 4)).toEqual({ left: 70, top: 37.5, width: 70, height: 37 });
    expect(cellBoxMm(size, 23)).toEqual({ left: 140, top: 0.5 + 7 * 37, width: 70, height: 37 });
    expect(cellBoxMm(size, 24)).toEqual(cellBoxMm(size, 0));
  });

  it.each(LABEL_SIZES.map((s) => [s.id, s] as const))("keeps every %s label on the A4 page", (_id, size) => {
    const last = cellBoxMm(size, size.columns * size.rows - 1);
    expect(last.left + last.width).toBeLessThanOrEqual(A4_MM.width);
    expect(last.top + last.height).toBeLessThanOrEqual(A4_MM.height);
  });
});
