import { describe, expect, it } from "vitest";
import { hashIdentifier, normalizeIdentifier } from "./identifier";

describe("normalizeIdentifier", () => {
  it.each(["+996555123456", "+996 555 123 456", "0555 12 34 56", "0555123456", "996555123456", " +996-555-12-34-56 "])("reads %j as a Kyrgyz number", (raw) =>
    expect(normalizeIdentifier(raw)).toEqual({ kind: "phone", value: "+996555123456" }),
  );

  it("keeps foreign numbers in their own country", () => {
    expect(normalizeIdentifier("+992 900 000 001")).toEqual({ kind: "phone", value: "+992900000001" });
  });

  it("lower-cases e-mails", () => {
    expect(normalizeIdentifier(" Coordinator@OVOP.kg ")).toEqual({ kind: "email", value: "coordinator@ovop.kg" });
  });

  it.each(["", "12", "not a phone", "a@b", "@ovop.kg"])("refuses %j", (raw) => expect(normalizeIdentifier(raw)).toBeNull());

  it("hashes without keeping the number readable", () => {
    expect(hashIdentifier("+996555123456")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIdentifier("+996555123456")).not.toContain("555");
  });
});
