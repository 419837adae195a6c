import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { batchInput, createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { logBatch } from "@/lib/batches/log-batch";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { publicTraceUrl } from "@/lib/labels/public-trace-url";
import { labelSize } from "./label-sizes";
import { labelSheetFor } from "./label-sheet-for";
import { cellBoxMm } from "./sheet-grid";
import { acceptedLot, addLabelDesign, addProduct } from "./testing/label-fixtures";
import { pdfFonts, pdfText, scanPdfPage } from "./testing/poppler";

let a: Tenant;
let b: Tenant;
let design: { id: string };
let first: Awaited<ReturnType<typeof acceptedLot>>;
let second: Awaited<ReturnType<typeof acceptedLot>>;

beforeAll(async () => {
  [a, b] = [await createTenant("sheet-a"), await createTenant("sheet-b")];
  await publishChecklist(a, a.product.lineId);
  design = await addLabelDesign(a);
  first = await acceptedLot(a, { quantity: 12 });
  second = await acceptedLot(a, { quantity: 30, accepted: 24 });
});

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("labelSheetFor", () => {
  it("prints each accepted lot's labels with its QR code, the barcode and embedded fonts", async () => {
    const sheet = await labelSheetFor(a.coordinator, design.id, { batchIds: [first.id, second.id], sizeId: "105x74" });
    expect(sheet.filename).toMatch(/^label-sheet-FELT-SHEEP-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(sheet.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const page = await scanPdfPage(sheet.bytes);
    expect(page.darkShare).toBeGreaterThan(0.03);
    const firstLabel = await scanPdfPage(sheet.bytes, { crop: cellBoxMm(labelSize("105x74"), 0) });
    expect(firstLabel.qr).toBe(publicTraceUrl(first.publicCode));
    expect(firstLabel.qr).toMatch(/^http:\/\/localhost:\d+\/t\/[0-9A-Z]{16}$/);

    const fonts = await pdfFonts(sheet.bytes);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(["NotoSans-Bold", "NotoSans-Regular", "NotoSansJP-Bold", "NotoSansJP-Regular"]);

    // Copies default to each lot's accepted quantity: 12 and 24 labels.
    const text = await pdfText(sheet.bytes);
    expect(occurrences(text, `LOT ${first.lotCode}`)).toBe(12);
    expect(occurrences(text, `LOT ${second.lotCode}`)).toBe(24);
    for (const printed of ["フェルトの羊", "毛 100% / Wool 100% / Жүн 100%", "Felt sheep", "Кийиз козу", "көлөкөдө", "株式会社イシククル商事", "4 701234 567890"]) expect(text).toContain(printed);

    const [event] = await (await db()).select().from(auditEvents).where(and(eq(auditEvents.entityId, design.id), eq(auditEvents.action, "label.sheetPrinted")));
    expect(event).toMatchObject({ entityType: "label_design", actorId: a.coordinator.userId, after: { sizeId: "105x74", labels: 36, lots: [{ batchId: first.id, copies: 12 }, { batchId: second.id, copies: 24 }] } });
  });

  it("prints the copies asked for, up to 1,000 labels", async () => {
    const sheet = await labelSheetFor(a.admin, design.id, { batchIds: [second.id, first.id], sizeId: "70x37", copiesPerLot: "2" });
    const text = await pdfText(sheet.bytes);
    expect([occurrences(text, `LOT ${first.lotCode}`), occurrences(text, `LOT ${second.lotCode}`)]).toEqual([2, 2]);
    expect((await scanPdfPage(sheet.bytes, { crop: cellBoxMm(labelSize("70x37"), 0) })).qr).toBe(publicTraceUrl(second.publicCode));
    await expect(labelSheetFor(a.admin, design.id, { batchIds: [first.id, second.id], copiesPerLot: 501 })).rejects.toMatchObject({ fieldErrors: { copiesPerLot: "tooManyLabels?max=1000" } });
    await expect(labelSheetFor(a.admin, design.id, { batchIds: [first.id], copiesPerLot: 0 })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["copiesPerLot"] })] });
    await expect(labelSheetFor(a.admin, design.id, { batchIds: [] })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["batchIds"], message: "required" })] });
  });

  it("refuses a design that is not approved", async () => {
    for (const status of ["draft", "in_review", "superseded"] as const) {
      const other = await addLabelDesign(a, { status, productId: (await addProduct(a, `SKU-${status}`)).id });
      await expect(labelSheetFor(a.coordinator, other.id, { batchIds: [first.id] })).rejects.toEqual(new ConflictError("labelNotApproved"));
    }
  });

  it("refuses lots of another product, not yet accepted, or of another association", async () => {
    const otherProduct = await addProduct(a, "FELT-YURT");
    const otherLot = await acceptedLot(a, { productId: otherProduct.id, quantity: 5 });
    const waiting = await logBatch(a.producer, batchInput(a.product.id));
    await publishChecklist(b, b.product.lineId);
    const foreign = await acceptedLot(b, { quantity: 5 });
    for (const batchIds of [[first.id, otherLot.id], [waiting.id], [foreign.id], [randomUUID()]]) {
      await expect(labelSheetFor(a.coordinator, design.id, { batchIds })).rejects.toMatchObject({ key: "validation", fieldErrors: { batchIds: "batchNotPrintable" } });
    }
  });

  it("answers not found for another association's design, and forbids producers and the ministry", async () => {
    const foreign = await addLabelDesign(b);
    await expect(labelSheetFor(a.coordinator, foreign.id, { batchIds: [first.id] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(labelSheetFor(a.coordinator, "not-an-id", { batchIds: [first.id] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(labelSheetFor(a.producer, design.id, { batchIds: [first.id] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(labelSheetFor(a.ministry, design.id, { batchIds: [first.id] })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
