import { describe, expect, it } from "vitest";
import { publicTraceUrl } from "@/lib/labels/public-trace-url";
import { labelSize, type LabelSizeId } from "./label-sizes";
import { renderLabelSheet } from "./render-label-sheet";
import type { LabelSheetInput } from "./sheet-input";
import { cellBoxMm } from "./sheet-grid";
import { pdfText, scanPdfPage } from "./testing/poppler";

const long = (word: string) => Array.from({ length: 60 }, () => word).join(" ");

function sheet(sizeId: LabelSizeId, copies: number, design: LabelSheetInput["design"]): Promise<Buffer> {
  return renderLabelSheet({
    design,
    product: { sku: "FELT-SHEEP", names: { en: "Felt sheep", ky: "Кийиз козу" } },
    lots: [{ lotCode: "FELT-2026-00007", publicCode: "0123456789ABCDEF", copies }],
    size: labelSize(sizeId),
    languages: ["en"],
  });
}

const pages = (text: string) => text.split("\f").filter((page) => page.trim()).length;

describe("renderLabelSheet", () => {
  it("cuts text that does not fit its label instead of running into the next one", async () => {
    const texts = { en: { productName: long("Sheep"), fibreComposition: long("wool"), careInstructions: long("wash"), labellerName: long("Labeller") } };
    const full = await sheet("70x37", 24, { texts, ean13: "4701234567890" });
    const text = await pdfText(full);
    expect(pages(text)).toBe(1);
    expect(text).toContain("…");
    expect(text.split("LOT FELT-2026-00007").length - 1).toBe(24);
    expect(pages(await pdfText(await sheet("70x37", 25, { texts, ean13: "4701234567890" })))).toBe(2);
  });

  it.each(["70x37", "105x74", "105x148"] as const)("prints a readable QR code on %s labels, with the catalogue name when the design has none", async (sizeId) => {
    const pdf = await sheet(sizeId, 1, { texts: {}, ean13: null });
    expect((await scanPdfPage(pdf, { crop: cellBoxMm(labelSize(sizeId), 0) })).qr).toBe(publicTraceUrl("0123456789ABCDEF"));
    expect(await pdfText(pdf)).toContain("Felt sheep");
  });

  it("leaves out a barcode whose check digit is wrong", async () => {
    const text = await pdfText(await sheet("105x74", 1, { texts: {}, ean13: "4701234567891" }));
    expect(text).not.toContain("701234");
    expect(text).toContain("LOT FELT-2026-00007");
  });
});
