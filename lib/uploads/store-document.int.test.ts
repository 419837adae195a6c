import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { files, ideaPhotos, productIdeas } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { MAX_DOCUMENT_BYTES } from "./limits";
import { readFile } from "./read-file";
import { storeUpload } from "./store-upload";
import { artworkPng, SAFE_SVG, SCRIPT_SVG, tinyPdf } from "./test-documents";
import { cameraJpeg, gif, smallWebp } from "./test-images";

const storageDir = mkdtempSync(path.join(os.tmpdir(), "ovop-documents-"));
vi.stubEnv("STORAGE_DIR", storageDir);
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

let a: Tenant;
beforeAll(async () => {
  a = await createTenant("doc-a");
});

const upload = (ctx: Ctx, bytes: Uint8Array | string, purpose = "label_artwork", name = "artwork") =>
  storeUpload(ctx, { purpose, bytes: typeof bytes === "string" ? Buffer.from(bytes) : bytes, name });
const fileRow = async (id: string) => (await (await db()).select().from(files).where(eq(files.id, id)))[0]!;
const raw = (bytes: Uint8Array) => sharp(bytes).raw().toBuffer();

describe("storeUpload of documents", () => {
  it("keeps a PDF byte for byte, with its original name for the download", async () => {
    const pdf = await tinyPdf();
    const stored = await upload(a.coordinator, pdf, "label_artwork", "C:\\Designs\\Hang tag – 毛 100%.pdf");
    expect(stored).toMatchObject({ contentType: "application/pdf", name: "Hang tag – 毛 100%.pdf", width: null, height: null });
    expect(await fileRow(stored.id)).toMatchObject({ purpose: "label_artwork", contentType: "application/pdf", originalName: "Hang tag – 毛 100%.pdf", storageKey: `${a.association.id}/${stored.id}.pdf` });
    const read = await readFile(a.admin, stored.id);
    expect(Buffer.from(read.bytes).equals(pdf)).toBe(true);
    expect(read.originalName).toBe("Hang tag – 毛 100%.pdf");
  });

  it("keeps PNG artwork a lossless PNG with its transparency, without its XMP", async () => {
    const png = await artworkPng();
    expect((await sharp(png).metadata()).xmp).toBeDefined();
    const stored = await upload(a.coordinator, png, "label_artwork", "tag.png");
    expect(stored).toMatchObject({ contentType: "image/png", width: 640, height: 480 });
    const { bytes } = await readFile(a.coordinator, stored.id);
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "png", channels: 4, width: 640, height: 480 });
    expect((await raw(bytes)).equals(await raw(png))).toBe(true);
    expect((await sharp(bytes).metadata()).xmp).toBeUndefined();
  });

  it("keeps JPEG artwork a full-size JPEG, upright, without EXIF or GPS", async () => {
    const stored = await upload(a.coordinator, await cameraJpeg(), "review_attachment", "photo of proof.jpg");
    expect(stored).toMatchObject({ contentType: "image/jpeg", width: 1200, height: 2400, name: "photo of proof.jpg" });
    const { bytes } = await readFile(a.coordinator, stored.id);
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(Buffer.from(bytes).toString("latin1")).not.toContain("Secret Artist");
  });

  it("keeps a plain SVG as sent", async () => {
    const stored = await upload(a.coordinator, SAFE_SVG, "label_artwork", "tag.svg");
    expect(stored).toMatchObject({ contentType: "image/svg+xml", name: "tag.svg" });
    expect(Buffer.from((await readFile(a.coordinator, stored.id)).bytes).toString("utf8")).toBe(SAFE_SVG);
  });

  it.each([
    ["an SVG with a script", () => SCRIPT_SVG, "svgUnsafe"],
    ["an SVG loading an outside image", () => `<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.test/x.png"/></svg>`, "svgUnsafe"],
    ["an SVG with an onload handler", () => `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`, "svgUnsafe"],
    ["HTML named .svg", () => "<html><body><svg></svg></body></html>", "documentType"],
    ["text named .pdf", () => "This is not really a PDF", "documentType"],
    ["a PDF header with nothing after it", () => "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n", "documentCorrupt"],
    ["a truncated PDF", async () => (await tinyPdf()).subarray(0, 400), "documentCorrupt"],
    ["a GIF", gif, "documentType"],
    ["a truncated PNG", async () => (await artworkPng()).subarray(0, 300), "documentCorrupt"],
    ["a file over 15 MB", () => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(MAX_DOCUMENT_BYTES)]), "uploadTooLarge?max=15"],
  ])("refuses %s on the file field", async (_name, bytes, key) => {
    await expect(upload(a.coordinator, await bytes())).rejects.toMatchObject({ key: "validation", fieldErrors: { file: key } });
  });

  it("lets only staff upload artwork and review attachments, and anyone proposing ideas add idea photos", async () => {
    const pdf = await tinyPdf();
    await expect(upload(a.producer, pdf, "label_artwork")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload(a.producer, pdf, "review_attachment")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload(a.ministry, pdf, "review_attachment")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload(a.admin, pdf, "review_attachment")).resolves.toMatchObject({ contentType: "application/pdf" });
    // An idea photo is a photo: shrunk to JPEG, no PDF, no name kept.
    await expect(upload(a.producer, await smallWebp(), "idea_photo", "felt.webp")).resolves.toMatchObject({ contentType: "image/jpeg", name: null, width: 300 });
    await expect(upload(a.producer, pdf, "idea_photo")).rejects.toMatchObject({ fieldErrors: { file: "fileType" } });
  });
});

describe("who reads documents and idea photos", () => {
  async function ideaBy(ctx: Ctx, photoId: string) {
    const database = await db();
    const [idea] = await database
      .insert(productIdeas)
      .values({ associationId: ctx.associationId, name: "Felt yurt", localMaterials: "wool", technique: "shyrdak", intendedMarket: "JP", currency: "KGS", proposedBy: ctx.userId })
      .returning();
    await database.insert(ideaPhotos).values({ associationId: ctx.associationId, ideaId: idea!.id, fileId: photoId, position: 0 });
  }

  it("shows a producer the photos of their own ideas, and no artwork", async () => {
    const photo = await smallWebp();
    const onOwnIdea = await upload(a.coordinator, photo, "idea_photo");
    const onStaffIdea = await upload(a.coordinator, photo, "idea_photo");
    const artwork = await upload(a.coordinator, await tinyPdf());
    await ideaBy(a.producer, onOwnIdea.id);
    await ideaBy(a.coordinator, onStaffIdea.id);
    await expect(readFile(a.producer, onOwnIdea.id)).resolves.toMatchObject({ contentType: "image/jpeg" });
    await expect(readFile(a.producer, onStaffIdea.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readFile(a.producer, artwork.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readFile(a.coordinator2, onStaffIdea.id)).resolves.toBeDefined();
  });
});
