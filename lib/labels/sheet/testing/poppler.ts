import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import jsQR from "jsqr";
import sharp from "sharp";
import { PT_PER_MM, type BoxMm } from "../sheet-grid";

const run = promisify(execFile);

/** Runs a poppler tool on the PDF in a scratch folder; `args` get the PDF's path as {pdf} and the folder as {dir}. */
async function withPdf<T>(pdf: Uint8Array, work: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ovop-pdf-"));
  try {
    const file = path.join(dir, "in.pdf");
    await writeFile(file, pdf);
    return await work(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One page as PNG, as Debian's pdftoppm renders it. */
export function pdfPageToPng(pdf: Uint8Array, page = 1, dpi = 150): Promise<Buffer> {
  return withPdf(pdf, async (file, dir) => {
    await run("pdftoppm", ["-r", String(dpi), "-png", "-f", String(page), "-l", String(page), "-singlefile", file, path.join(dir, "page")]);
    return readFile(path.join(dir, "page.png"));
  });
}

/** The text pdftotext extracts (in reading order). */
export const pdfText = (pdf: Uint8Array): Promise<string> => withPdf(pdf, async (file) => (await run("pdftotext", ["-enc", "UTF-8", file, "-"])).stdout);

/** The fonts pdffonts lists: name (with its subset tag), whether embedded and whether a subset. */
export function pdfFonts(pdf: Uint8Array): Promise<{ name: string; embedded: boolean; subset: boolean }[]> {
  return withPdf(pdf, async (file) => {
    const { stdout } = await run("pdffonts", [file]);
    return stdout
      .split("\n")
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => {
        const [name = "", ...rest] = line.trim().split(/\s+/);
        const [emb, sub] = rest.slice(-5, -3);
        return { name, embedded: emb === "yes", subset: sub === "yes" };
      });
  });
}

export type PageScan = { qr: string | null; darkShare: number };

/**
 * Renders a page and reads it like a phone would: the QR code inside `crop` (millimetres from the
 * top left; the whole page when absent) and the share of dark pixels, to tell a blank page.
 */
export async function scanPdfPage(pdf: Uint8Array, { page = 1, dpi = 150, crop }: { page?: number; dpi?: number; crop?: BoxMm } = {}): Promise<PageScan> {
  const png = await pdfPageToPng(pdf, page, dpi);
  const pixels = (millimetres: number) => Math.round((millimetres * PT_PER_MM * dpi) / 72);
  const image = sharp(png).ensureAlpha();
  const region = crop ? image.extract({ left: pixels(crop.left), top: pixels(crop.top), width: pixels(crop.width), height: pixels(crop.height) }) : image;
  const { data, info } = await region.raw().toBuffer({ resolveWithObject: true });
  const rgba = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 3 * 128) dark++;
  return { qr: jsQR(rgba, info.width, info.height)?.data ?? null, darkShare: dark / (info.width * info.height) };
}
