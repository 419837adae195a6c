import { createHash } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deleteObject, getObject, putObject } from "./storage";

type Recorded = { method: string; url: string; headers: IncomingMessage["headers"]; body: Buffer };

// A stand-in for the object store: keeps what is PUT, records every request it is sent.
const objects = new Map<string, Buffer>();
const requests: Recorded[] = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    requests.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    const stored = objects.get(req.url!);
    if (req.method === "PUT") objects.set(req.url!, body);
    if (req.method === "DELETE") objects.delete(req.url!);
    res.statusCode = req.method === "GET" && !stored ? 404 : req.method === "DELETE" ? 204 : 200;
    res.end(req.method === "GET" ? stored : undefined);
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("S3_ENDPOINT", `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  vi.stubEnv("S3_BUCKET", "ovop-files");
  vi.stubEnv("S3_ACCESS_KEY_ID", "AKIDTEST");
  vi.stubEnv("S3_SECRET_ACCESS_KEY", "secret-test-key");
  vi.stubEnv("S3_REGION", "eu-central-1");
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("storage on an S3-compatible store", () => {
  it("sends a signed path-style PUT with the payload hash, and GETs the bytes back", async () => {
    const bytes = new Uint8Array([255, 216, 255, 224, 1, 2, 3]);
    await putObject("assoc-1/photo.jpg", bytes, "image/jpeg");
    const put = requests.at(-1)!;
    expect(put).toMatchObject({ method: "PUT", url: "/ovop-files/assoc-1/photo.jpg" });
    expect(put.body).toEqual(Buffer.from(bytes));
    expect(put.headers["content-type"]).toBe("image/jpeg");
    expect(put.headers["x-amz-content-sha256"]).toBe(sha256(bytes));
    expect(put.headers["x-amz-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    expect(put.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-central-1\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );

    expect(await getObject("assoc-1/photo.jpg")).toEqual(bytes);
    const get = requests.at(-1)!;
    expect(get).toMatchObject({ method: "GET", url: "/ovop-files/assoc-1/photo.jpg" });
    expect(get.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
  });

  it("answers null for a missing object and deletes with a signed DELETE", async () => {
    expect(await getObject("assoc-1/missing.jpg")).toBeNull();
    await putObject("assoc-1/gone.jpg", new Uint8Array([1]), "image/jpeg");
    await deleteObject("assoc-1/gone.jpg");
    expect(requests.at(-1)).toMatchObject({ method: "DELETE", url: "/ovop-files/assoc-1/gone.jpg" });
    expect(await getObject("assoc-1/gone.jpg")).toBeNull();
  });

  it("never sends a traversing key", async () => {
    const before = requests.length;
    await expect(putObject("../other-bucket/x.jpg", new Uint8Array([1]), "image/jpeg")).rejects.toThrow(/Unsafe storage key/);
    expect(requests.length).toBe(before);
  });
});
