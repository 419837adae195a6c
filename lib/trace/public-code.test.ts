import { describe, expect, it } from "vitest";
import { newPublicCode } from "@/lib/batches/lot-code";
import { isPublicCode } from "./public-code";

describe("isPublicCode", () => {
  it("accepts every code the batches module makes", () => {
    for (let i = 0; i < 200; i++) expect(isPublicCode(newPublicCode())).toBe(true);
  });

  it.each(["", "ABC", "0123456789ABCDEFG", "0123456789abcdef", "0123456789ABCDEI", "0123456789ABCDE/", "' OR 1=1 --------"])("refuses %j", (value) =>
    expect(isPublicCode(value)).toBe(false),
  );
});
