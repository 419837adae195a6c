import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditEvents, batchPhotos, files, inspectionPhotos, users } from "@/db/schema";
import { addMember, batchInput, createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { logBatch } from "@/lib/batches/log-batch";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { startInspection } from "@/lib/inspections/start-inspection";
import { getObject } from "@/lib/storage/storage";
import { MAX_UPLOAD_BYTES } from "./limits";
import { ownedFileIds } from "./owned-file-ids";
import { readFile } from "./read-file";
import { storeUpload } from "./store-upload";
import { cameraJpeg, gif, pixelBomb, pngWithAlpha, smallWebp } from "./test-images";

const storageDir = mkdtempSync(path.join(os.tmpdir(), "ovop-uploads-"));
vi.stubEnv("STORAGE_DIR", storageDir);
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("up-a");
  b = await createTenant("up-b");
});

const upload = (ctx: Ctx, bytes: Uint8Array, purpose = "batch_photo") => storeUpload(ctx, { purpose, bytes, declaredType: "image/jpeg", name: "photo.jpg" });
const fileRow = async (id: string) => (await (await db()).select().from(files).where(eq(files.id, id)))[0]!;
const fileCount = async () => (await (await db()).select({ id: files.id }).from(files)).length;
const storedObjects = () => readdirSync(storageDir, { recursive: true }).filter((f) => String(f).endsWith(".jpg")).length;

async function anotherProducer(t: Tenant): Promise<Ctx> {
  const member = await addMember(t.association.id, t.village.id, { gender: "male", birthYear: 1980 });
  const [row] = await (await db())
    .insert(users)
    .values({ associationId: t.association.id, name: "Second producer", email: `p2-${randomUUID()}@test`, role: "producer", locale: "en", memberId: member.id })
    .returning();
  return { userId: row!.id, associationId: t.association.id, role: "producer", locale: "en", name: row!.name, memberId: member.id };
}

describe("storeUpload", () => {
  it("turns a camera JPEG upright, shrinks it and strips its EXIF and GPS", async () => {
    const original = await cameraJpeg();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(Buffer.from(original).toString("latin1")).toContain("Secret Artist");
    const stored = await upload(a.producer, original);
    expect(stored).toEqual({ id: expect.any(String), url: `/api/files/${stored.id}`, contentType: "image/jpeg", name: null, width: 800, height: 1600 });

    const row = await fileRow(stored.id);
    expect(row).toMatchObject({ associationId: a.association.id, purpose: "batch_photo", contentType: "image/jpeg", width: 800, height: 1600, originalName: null, uploadedBy: a.producer.userId });
    expect(row.storageKey).toBe(`${a.association.id}/${stored.id}.jpg`);
    const bytes = (await getObject(row.storageKey))!;
    expect(row.byteSize).toBe(bytes.byteLength);
    expect(row.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));

    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 800, height: 1600 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    const text = Buffer.from(bytes).toString("latin1");
    expect(text).not.toContain("Exif");
    expect(text).not.toContain("Secret Artist");
    expect(text).not.toContain("PhoneMaker");

    const [event] = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, stored.id));
    expect(event).toMatchObject({ action: "file.uploaded", entityType: "file", actorId: a.producer.userId, after: expect.objectContaining({ purpose: "batch_photo", name: "photo.jpg" }) });
  });

  it("re-encodes a PNG with transparency and a WebP as JPEG, never enlarging", async () => {
    const png = await upload(a.producer, await pngWithAlpha());
    expect(png).toMatchObject({ width: 1600, height: 1067 });
    const webp = await upload(a.producer, await smallWebp());
    expect(webp).toMatchObject({ width: 300, height: 200 });
    expect((await sharp((await readFile(a.producer, webp.id)).bytes).metadata()).format).toBe("jpeg");
  });

  it.each([
    ["a PDF named .jpg", () => Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"), "fileType"],
    ["text named .jpg", () => Buffer.from("just some text pretending to be a photo"), "fileType"],
    ["a GIF", gif, "fileType"],
    ["an empty file", () => new Uint8Array(), "required"],
    ["a file over 5 MB", () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(MAX_UPLOAD_BYTES)]), "fileTooLarge?max=5"],
    ["a truncated JPEG", async () => {
      const jpeg = await cameraJpeg();
      return jpeg.subarray(0, jpeg.length / 2);
    }, "fileCorrupt"],
    ["a JPEG header and garbage", () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 7)]), "fileCorrupt"],
    ["a truncated PNG", async () => {
      const png = await pngWithAlpha(400, 300);
      return png.subarray(0, png.length / 2);
    }, "fileCorrupt"],
    ["a decompression bomb", pixelBomb, "imageTooLarge?max=50"],
  ])("refuses %s on the file field and keeps nothing", async (_name, bytes, key) => {
    const [rows, objects] = [await fileCount(), storedObjects()];
    await expect(upload(a.producer, new Uint8Array(await bytes()))).rejects.toMatchObject({ key: "validation", fieldErrors: { file: key } });
    expect(await fileCount()).toBe(rows);
    expect(storedObjects()).toBe(objects);
  });

  it("lets each role upload only the photos its work needs", async () => {
    const photo = await smallWebp();
    await expect(upload(a.ministry, photo)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload(a.producer, photo, "product_photo")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload(a.producer, photo, "inspection_photo")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload(a.coordinator, photo, "product_photo")).resolves.toMatchObject({ width: 300 });
    await expect(upload(a.coordinator, photo, "inspection_photo")).resolves.toMatchObject({ width: 300 });
    await expect(upload(a.producer, photo, "avatar")).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["purpose"], message: "invalidChoice" })] });
  });
});

describe("readFile", () => {
  it("gives the stored JPEG to its association and answers not found to another", async () => {
    const { id } = await upload(a.producer, await smallWebp());
    await expect(readFile(a.coordinator, id)).resolves.toMatchObject({ contentType: "image/jpeg" });
    await expect(readFile(b.admin, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readFile(b.coordinator, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readFile(a.coordinator, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(readFile(a.coordinator, "../../etc/passwd")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a producer their own uploads, product photos and their batches' photos, nothing else", async () => {
    const other = await anotherProducer(a);
    const photo = await smallWebp();
    const own = await upload(a.producer, photo);
    const product = await upload(a.coordinator, photo, "product_photo");
    const onBatch = await upload(a.coordinator, photo);
    const onInspection = await upload(a.coordinator, photo, "inspection_photo");
    const loose = await upload(a.coordinator, photo, "inspection_photo");

    const { items } = await publishChecklist(a, a.product.lineId);
    const batch = await logBatch(a.producer, batchInput(a.product.id));
    const inspection = await startInspection(a.coordinator, batch.id);
    const associationId = a.association.id;
    await (await db()).insert(batchPhotos).values({ associationId, batchId: batch.id, fileId: onBatch.id, position: 0 });
    await (await db()).insert(inspectionPhotos).values({ associationId, inspectionId: inspection.id, itemId: items[0]!.id, fileId: onInspection.id });

    for (const id of [own.id, product.id, onBatch.id, onInspection.id]) await expect(readFile(a.producer, id)).resolves.toBeDefined();
    await expect(readFile(a.producer, loose.id)).rejects.toBeInstanceOf(NotFoundError);
    for (const id of [own.id, onBatch.id, onInspection.id]) await expect(readFile(other, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readFile(other, product.id)).resolves.toBeDefined();
    await expect(readFile(a.ministry, product.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("ownedFileIds", () => {
  it("keeps only the caller's own files of that purpose", async () => {
    const photo = await smallWebp();
    const mine = await upload(a.coordinator, photo, "inspection_photo");
    const mine2 = await upload(a.coordinator, photo, "inspection_photo");
    const otherPurpose = await upload(a.coordinator, photo, "product_photo");
    const colleague = await upload(a.coordinator2, photo, "inspection_photo");
    const otherTenant = await upload(b.coordinator, photo, "inspection_photo");
    const asked = [mine.id, otherPurpose.id, colleague.id, otherTenant.id, mine2.id, mine.id, "not-a-uuid", randomUUID()];
    const owned = await (await db()).transaction((tx) => ownedFileIds(tx, a.coordinator, asked, "inspection_photo"));
    expect(owned.sort()).toEqual([mine.id, mine2.id].sort());
    expect(await (await db()).transaction((tx) => ownedFileIds(tx, a.coordinator, [], "inspection_photo"))).toEqual([]);
  });
});
