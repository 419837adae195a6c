import { drawText, lineHeight, type TextStyle } from "./draw-text";

/** The free space of a label, in points: a column narrowed beside the QR code, then a second area if the first fills up. */
export type FlowArea = { x: number; y: number; width: number; bottom: number; narrowWidth: number; narrowUntil: number };
export type FlowOverflow = { x: number; y: number; width: number; bottom: number };

/**
 * Writes text blocks one below the other: beside the QR code at the narrow width, under it at
 * the full width, and once the column is full, in the overflow area (beside the barcode).
 * Returns a writer that reports whether the block found room.
 */
export function textFlow(doc: PDFKit.PDFDocument, area: FlowArea, overflow: FlowOverflow | null) {
  let y = area.y;
  let inOverflow = false;
  return (text: string, style: TextStyle): boolean => {
    if (!inOverflow && area.bottom - y < lineHeight(style.size) && overflow) {
      inOverflow = true;
      y = Math.max(overflow.y, y);
    }
    const space = inOverflow
      ? { x: overflow!.x, y, width: overflow!.width, bottom: overflow!.bottom }
      : { x: area.x, y, width: y < area.narrowUntil ? area.narrowWidth : area.width, bottom: area.bottom };
    const below = drawText(doc, text, space, style);
    const drawn = below > y;
    y = below;
    return drawn;
  };
}
