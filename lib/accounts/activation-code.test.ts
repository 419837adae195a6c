import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, generateActivationCode, normalizeActivationCode } from "./activation-code";

describe("activation codes", () => {
  it("are two groups of four from an alphabet with nothing to misread", () => {
    for (const ambiguous of ["0", "O", "1", "I", "L", "U"]) expect(CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(CODE_ALPHABET).size).toBe(30);
    for (let i = 0; i < 200; i++) expect(generateActivationCode()).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/);
  });

  it("do not repeat and use the whole alphabet", () => {
    const codes = Array.from({ length: 2000 }, generateActivationCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join("").replaceAll("-", ""))).toEqual(new Set(CODE_ALPHABET));
  });

  it.each([
    ["7kqm-4xtr", "7KQM-4XTR"],
    [" 7KQM 4XTR ", "7KQM-4XTR"],
    ["7KQM4XTR", "7KQM-4XTR"],
  ])("reads %j as %j", (typed, code) => expect(normalizeActivationCode(typed)).toBe(code));

  it.each(["", "7KQM-4XT", "7KQM-4XTRR", "7KQM-4XT0", "OKQM-4XTR", "7KQM_4XTR"])("refuses %j", (typed) => expect(normalizeActivationCode(typed)).toBeNull());
});
