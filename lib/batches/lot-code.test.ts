import { describe, expect, it } from "vitest";
import { formatLotCode, newPublicCode } from "./lot-code";

describe("lot codes", () => {
  it("pads the sequence to five digits", () => {
    expect(formatLotCode("FELT", 2026, 123)).toBe("FELT-2026-00123");
    expect(formatLotCode("HONEY", 2025, 1)).toBe("HONEY-2025-00001");
    expect(formatLotCode("FELT", 2026, 123456)).toBe("FELT-2026-123456");
  });

  it("makes public codes of 16 unambiguous characters that do not repeat", () => {
    const codes = Array.from({ length: 2000 }, () => newPublicCode());
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("maps every byte value onto the alphabet evenly", () => {
    const bytes = new Uint8Array(16).map((_, i) => i * 16 + 15);
    expect(newPublicCode(() => bytes)).toBe("FZFZFZFZFZFZFZFZ");
  });
});
