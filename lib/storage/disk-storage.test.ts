import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { deleteObject, getObject, putObject } from "./storage";

const dir = mkdtempSync(path.join(os.tmpdir(), "ovop-storage-"));
vi.stubEnv("STORAGE_DIR", dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("storage on local disk", () => {
  it("puts, gets and deletes an object under STORAGE_DIR", async () => {
    const bytes = new Uint8Array([1, 2, 3, 255]);
    await putObject("assoc-1/photo.jpg", bytes, "image/jpeg");
    expect(readFileSync(path.join(dir, "assoc-1", "photo.jpg"))).toEqual(Buffer.from(bytes));
    expect(await getObject("assoc-1/photo.jpg")).toEqual(bytes);
    await deleteObject("assoc-1/photo.jpg");
    expect(existsSync(path.join(dir, "assoc-1", "photo.jpg"))).toBe(false);
  });

  it("answers null for a missing object and ignores deleting one", async () => {
    expect(await getObject("assoc-1/missing.jpg")).toBeNull();
    await expect(deleteObject("assoc-1/missing.jpg")).resolves.toBeUndefined();
  });

  it("replaces an object put twice", async () => {
    await putObject("a/b.jpg", new Uint8Array([1]), "image/jpeg");
    await putObject("a/b.jpg", new Uint8Array([2]), "image/jpeg");
    expect(await getObject("a/b.jpg")).toEqual(new Uint8Array([2]));
  });

  it.each(["../escape.jpg", "a/../../escape.jpg", "/etc/passwd", "a//b", "a\\..\\b", ".hidden", "a/./b", "", "a/b/"])(
    "refuses the key %j",
    async (key) => {
      await expect(putObject(key, new Uint8Array([1]), "image/jpeg")).rejects.toThrow(/Unsafe storage key/);
      await expect(getObject(key)).rejects.toThrow(/Unsafe storage key/);
      await expect(deleteObject(key)).rejects.toThrow(/Unsafe storage key/);
    },
  );
});
