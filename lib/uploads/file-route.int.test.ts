import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { GET } from "@/app/api/files/[id]/route";
import { storeUpload } from "./store-upload";
import { SAFE_SVG, tinyPdf } from "./test-documents";

const storageDir = mkdtempSync(path.join(os.tmpdir(), "ovop-file-route-"));
vi.stubEnv("STORAGE_DIR", storageDir);
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const session = vi.hoisted(() => ({ ctx: null as Ctx | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: () => Promise.resolve(session.ctx) }));

let a: Tenant;
beforeAll(async () => {
  a = await createTenant("file-route");
  session.ctx = a.coordinator;
});

const get = (id: string) => GET(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id }) });

describe("GET /api/files/[id] for documents", () => {
  it("opens a PDF in the browser under its name, never sniffed", async () => {
    const { id } = await storeUpload(a.coordinator, { purpose: "label_artwork", bytes: await tinyPdf(), name: "Бирка.pdf" });
    const response = await get(id);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent("Бирка.pdf")}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves an SVG as a sandboxed download, so no script of it runs on our origin", async () => {
    const { id } = await storeUpload(a.coordinator, { purpose: "review_attachment", bytes: Buffer.from(SAFE_SVG), name: "tag.svg" });
    const response = await get(id);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="tag.svg"/);
    expect(response.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(await response.text()).toBe(SAFE_SVG);
  });
});
