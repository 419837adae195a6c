import { describe, expect, it, vi } from "vitest";
import { putObject } from "./storage";

vi.stubEnv("S3_BUCKET", "ovop-files");

describe("storage configuration", () => {
  it("refuses half an S3 configuration instead of falling back to local disk", async () => {
    await expect(putObject("a/b.jpg", new Uint8Array([1]), "image/jpeg")).rejects.toThrow(/set all of S3_ENDPOINT/);
  });
});
