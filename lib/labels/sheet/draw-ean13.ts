import bwipjs from "bwip-js/node";
import { isValidEan13 } from "@/lib/labels/ean13";

/** GS1 quiet zones, in modules, on either side of the 95 modules of bars. */
const QUIET_LEFT = 11;
const QUIET_RIGHT = 7;
export const EAN13_MODULES = QUIET_LEFT + 95 + QUIET_RIGHT;

type Ean13Box = { x: number; y: number; moduleWidth: number; barHeight: number; font: string };

/** Height the symbol takes below `barHeight`: the longer guard bars and the digits. */
export const ean13DigitsHeight = (moduleWidth: number) => moduleWidth * 11;

function bars(code: string): { widths: number[]; extend: number[] } {
  const [symbol] = bwipjs.raw({ bcid: "ean13", text: code, includetext: true });
  if (!symbol || !("sbs" in symbol)) throw new Error("bwip-js gave no bars for an EAN-13");
  // With its text on, BWIPP lengthens the guard bars: bbs is how far below the others each bar
  // reaches, in inches at a 1-point module. The digits themselves are drawn here, in our font.
  return { widths: symbol.sbs, extend: symbol.bbs.map((b) => -b * 72) };
}

/**
 * Draws an EAN-13 as vector bars (encoded by bwip-js) with its human-readable digits in `font`,
 * quiet zones included, from (x, y) at the top left. Widths and heights are in points.
 */
export function drawEan13(doc: PDFKit.PDFDocument, code: string, { x, y, moduleWidth: unit, barHeight, font }: Ean13Box): void {
  if (!isValidEan13(code)) throw new RangeError(`Not a valid EAN-13: ${code}`);
  const { widths, extend } = bars(code);
  let at = x + QUIET_LEFT * unit;
  widths.forEach((width, index) => {
    // Even entries are bars, odd ones the spaces between them.
    if (index % 2 === 0) doc.rect(at, y, width * unit, barHeight + (extend[index / 2] ?? 0) * unit);
    at += width * unit;
  });
  doc.fill("#000000");
  const size = unit * 9;
  const top = y + barHeight + unit;
  doc.font(font).fontSize(size).fillColor("#000000");
  const digit = (text: string, centre: number) => doc.text(text, x + centre * unit - size, top, { width: 2 * size, align: "center", lineBreak: false });
  digit(code[0]!, QUIET_LEFT - 4);
  // Digits 2-7 sit under the left half (after the 3-module guard), 8-13 under the right (after the 5-module centre guard).
  for (let i = 0; i < 6; i++) digit(code[1 + i]!, QUIET_LEFT + 3 + 7 * i + 3.5);
  for (let i = 0; i < 6; i++) digit(code[7 + i]!, QUIET_LEFT + 50 + 7 * i + 3.5);
}
