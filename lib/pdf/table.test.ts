import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { registerSheetFonts } from "@/lib/labels/sheet/sheet-fonts";
import { collectPdf } from "./collect-pdf";
import { drawTable } from "./table";
import { layoutPages } from "./testing/poppler-pages";

async function tablePdf(rows: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false });
  const bytes = collectPdf(doc);
  await registerSheetFonts(doc);
  const nextPage = () => (doc.addPage({ size: "A4", margin: 0 }), 40);
  nextPage();
  const body = Array.from({ length: rows }, (_, i) => ({ cells: [String(i + 1), [`Item ${i + 1}`, `品目 ${i + 1} の説明`]] }));
  drawTable(doc, [{ header: "No.", width: 40, align: "right" }, { header: "Description", width: 200 }], [...body, { bold: true, cells: ["", "Grand total"] }], { x: 40, top: 500, bottom: 800, nextPage });
  doc.end();
  return bytes;
}

describe("drawTable", () => {
  it("goes on over pages with the header on each, never splitting a row", async () => {
    const pages = await layoutPages(await tablePdf(40));
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page).toMatch(/No\.\s+Description/);
    const numbers = pages.map((page) => [...page.matchAll(/Item (\d+)/g)].map((match) => Number(match[1])));
    expect(numbers.flat()).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    pages.forEach((page, index) => {
      for (const n of numbers[index]!) expect(page).toContain(`品目 ${n} の説明`);
    });
    expect(pages.at(-1)).toContain("Grand total");
  });

  it("moves a header that would stand alone at the foot of a page to the next one", async () => {
    const doc = new PDFDocument({ size: "A4", margin: 0 });
    const bytes = collectPdf(doc);
    await registerSheetFonts(doc);
    let added = 0;
    const nextPage = () => (added++, doc.addPage({ size: "A4", margin: 0 }), 40);
    const below = drawTable(doc, [{ header: "Description", width: 200 }], [{ cells: ["Only row"] }], { x: 40, top: 790, bottom: 800, nextPage });
    doc.end();
    expect(added).toBe(1);
    expect(below).toBeLessThan(100);
    expect(await layoutPages(await bytes)).toEqual([expect.not.stringContaining("Description"), expect.stringMatching(/Description\s+Only row/)]);
  });
});
