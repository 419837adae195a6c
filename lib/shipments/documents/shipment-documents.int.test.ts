import { beforeAll, describe, expect, it } from "vitest";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { pdfFonts } from "@/lib/labels/sheet/testing/poppler";
import { layoutPages, pageCount } from "@/lib/pdf/testing/poppler-pages";
import { addBuyer, addExportProduct, addShipment, mujiShipment } from "./testing/document-fixtures";
import { loadShipmentDocument } from "./load-shipment-document";
import { shipmentDocumentFor } from "./shipment-document-for";

let a: Tenant;
let b: Tenant;
let muji: Awaited<ReturnType<typeof mujiShipment>>;

beforeAll(async () => {
  [a, b] = [await createTenant("docs-a"), await createTenant("docs-b")];
  muji = await mujiShipment(a);
});

/** Text with runs of spaces squeezed, so a test can read a row of the table. */
const squeeze = (text: string) => text.replace(/[ ]+/g, " ");

describe("loadShipmentDocument", () => {
  it("reads the parties, the lines with their lots, values and weights, and the totals", async () => {
    const data = await loadShipmentDocument(a.coordinator, muji.shipment.id);
    expect(data.buyer.name).toBe("Ryohin Keikaku Co., Ltd. (MUJI)");
    expect(data.association).toMatchObject({ countryCode: "KG", name: a.association.name });
    expect(data.lines.map((line) => [line.no, line.sku, line.buyerArticle, line.hsCode, line.quantity, line.valueMinor, line.netWeightG])).toEqual([
      [1, "FELT-SHEEP", "4550344123456", "6307.90", 12, 14_400, 540],
      [2, "FELT-YURT", null, "6307.90", 5, 12_500, null],
    ]);
    expect(data.lines[0]!.names).toEqual({ en: "Felt sheep", ru: "Войлочная овечка", ja: "フェルトの羊" });
    expect(data.lines[0]!.lots).toEqual([
      { lotCode: muji.lots[0]!.lotCode, quantity: 10 },
      { lotCode: muji.lots[1]!.lotCode, quantity: 2 },
    ]);
    expect(data.totals).toEqual({ quantity: 17, valueMinor: 26_900, netWeightG: 540, linesWithoutWeight: 1, lots: 3 });
  });

  it("answers not found for another association's shipment and a malformed id", async () => {
    await expect(loadShipmentDocument(b.coordinator, muji.shipment.id)).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(loadShipmentDocument(b.admin, muji.shipment.id)).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(loadShipmentDocument(a.coordinator, "EXP-2026-007")).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("refuses producers and the ministry", async () => {
    await expect(loadShipmentDocument(a.producer, muji.shipment.id)).rejects.toMatchObject({ name: "ForbiddenError" });
    await expect(loadShipmentDocument(a.ministry, muji.shipment.id)).rejects.toMatchObject({ name: "ForbiddenError" });
  });
});

describe("shipment documents", () => {
  it("prints the packing list with both parties, every line, its lots and the totals, fonts embedded", async () => {
    const { filename, bytes } = await shipmentDocumentFor(a.coordinator, muji.shipment.id, "packing-list");
    expect(filename).toBe("packing-list-EXP-2026-007.pdf");
    const pages = await layoutPages(bytes);
    expect(pages).toHaveLength(1);
    const text = squeeze(pages[0]!);
    for (const expected of ["PACKING LIST", "No. EXP-2026-007", "Ryohin Keikaku Co., Ltd. (MUJI)", a.association.name, "Tokyo, Japan", "CIF", "JPY"]) expect(text).toContain(expected);
    expect(text).toMatch(/1 FELT-SHEEP Felt sheep 6307\.90 FELT-\d{4}-\d{5} \(10\) 12 pcs 0\.54/);
    expect(text).toMatch(/2 FELT-YURT Felt yurt ornament 6307\.90 FELT-\d{4}-\d{5} \(5\) 5 pcs —/);
    for (const expected of ["フェルトの羊", "4550344123456", `${muji.lots[1]!.lotCode} (2)`]) expect(text).toContain(expected);
    expect(text).toMatch(/Total 17 0\.54/);
    expect(text).toContain("Total quantity 17 pcs");
    expect(text).toContain("Total net weight 0.54 kg (without 1 line of unknown weight)");
    expect(text).toContain("Country of origin Kyrgyzstan");
    expect(text).toContain("Page 1 of 1");
    const fonts = await pdfFonts(bytes);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(expect.arrayContaining(["NotoSans-Regular", "NotoSansJP-Regular"]));
    expect(fonts.every((font) => font.embedded && font.subset)).toBe(true);
  });

  it("prints the commercial invoice with unit prices, amounts and the total in the shipment's currency", async () => {
    const { filename, bytes } = await shipmentDocumentFor(a.admin, muji.shipment.id, "invoice");
    expect(filename).toBe("invoice-EXP-2026-007.pdf");
    const text = squeeze((await layoutPages(bytes)).join("\n"));
    expect(text).toContain("COMMERCIAL INVOICE");
    expect(text).toMatch(/1 FELT-SHEEP Felt sheep 6307\.90 FELT-\d{4}-\d{5} 12 pcs 1,200 14,400/);
    expect(text).toMatch(/2 FELT-YURT Felt yurt ornament 6307\.90 FELT-\d{4}-\d{5} 5 pcs 2,500 12,500/);
    expect(text).toContain("フェルトの羊");
    expect(text).toMatch(/Total 17 26,900/);
    expect(text).toContain("Total value JPY 26,900");
    expect(text).toContain("Terms of delivery CIF Tokyo, Japan");
    expect(text).toContain("Country of origin Kyrgyzstan");
    expect((await pdfFonts(bytes)).every((font) => font.embedded)).toBe(true);
  });

  it("writes amounts with the currency's minor digits and Russian names outside Japan", async () => {
    const buyer = await addBuyer(a, "Bishkek Felt Trading");
    const shipment = await addShipment(a, buyer.id, "EXP-2026-008", [{ productId: a.product.id, quantity: 3, unitPriceMinor: 123_450 }], { market: "KG", currency: "KGS" });
    const text = squeeze((await layoutPages((await shipmentDocumentFor(a.coordinator, shipment.id, "invoice")).bytes)).join("\n"));
    expect(text).toMatch(/3 pcs 1,234\.50 3,703\.50/);
    expect(text).toContain("Total value KGS 3,703.50");
    expect(text).toContain("Войлочная овечка");
    expect(text).not.toContain("フェルトの羊");
  });

  it("carries a long shipment over several pages, the table header on each and the totals on the last", async () => {
    const many = [];
    for (let i = 1; i <= 60; i++) many.push(await addExportProduct(a, { sku: `FELT-${String(i).padStart(3, "0")}`, nameEn: `Felt animal no. ${i}`, nameJa: `フェルトの動物 ${i}`, weightG: 100 }));
    const buyer = await addBuyer(a, "Large Order KK");
    const shipment = await addShipment(a, buyer.id, "EXP-2026-060", many.map((product) => ({ productId: product.id, quantity: 2, unitPriceMinor: 1000 })));
    for (const kind of ["packing-list", "invoice"] as const) {
      const { bytes } = await shipmentDocumentFor(a.coordinator, shipment.id, kind);
      const count = await pageCount(bytes);
      expect(count).toBeGreaterThan(1);
      const pages = (await layoutPages(bytes)).map(squeeze);
      expect(pages).toHaveLength(count);
      pages.forEach((page, index) => {
        expect(page).toContain("HS code");
        expect(page).toContain(`Page ${index + 1} of ${count}`);
        if (index > 0) expect(page).toContain("EXP-2026-060 (continued)");
      });
      const all = pages.join("\n");
      for (const sku of ["FELT-001", "FELT-030", "FELT-060"]) expect(all.split(sku).length - 1).toBe(1);
      expect(pages.slice(0, -1).join("\n")).not.toContain("Total quantity");
      expect(pages.at(-1)).toContain("Total quantity 120 pcs");
      expect(pages.at(-1)).toContain("Country of origin Kyrgyzstan");
    }
  });
});
