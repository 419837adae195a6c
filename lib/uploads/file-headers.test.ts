import { describe, expect, it } from "vitest";
import { fileHeaders } from "./file-headers";

describe("fileHeaders", () => {
  it("serves a photo as before: no name, never sniffed", () => {
    const headers = fileHeaders({ contentType: "image/jpeg", originalName: null });
    expect(headers).toMatchObject({ "content-type": "image/jpeg", "x-content-type-options": "nosniff" });
    expect(headers["content-disposition"]).toBeUndefined();
  });

  it("opens a PDF in the browser under its original name", () => {
    const headers = fileHeaders({ contentType: "application/pdf", originalName: "Бирка 毛 (v2).pdf" });
    expect(headers["content-disposition"]).toBe(`inline; filename="_____ _ _v2_.pdf"; filename*=UTF-8''${encodeURIComponent("Бирка 毛 ")}%28v2%29.pdf`);
    expect(headers["content-security-policy"]).toBeUndefined();
  });

  it("makes an SVG a sandboxed download", () => {
    const headers = fileHeaders({ contentType: "image/svg+xml", originalName: "tag.svg" });
    expect(headers["content-disposition"]).toMatch(/^attachment; filename="tag.svg"/);
    expect(headers["content-security-policy"]).toContain("sandbox");
    expect(headers["content-security-policy"]).toContain("default-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });
});
