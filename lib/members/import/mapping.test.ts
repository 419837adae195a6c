import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors/domain-errors";
import { parseMapping } from "./mapping";

const required = { fullName: 0, gender: 1, birthYear: 2, village: 3 };

function fieldErrors(input: unknown, columns = 6) {
  try {
    parseMapping(input, columns);
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  return undefined;
}

describe("parseMapping", () => {
  it("accepts every required field on its own column", () => {
    expect(parseMapping({ ...required, phone: 5 }, 6)).toEqual({ ...required, phone: 5 });
  });

  it("names each missing required field", () => {
    expect(fieldErrors({ fullName: 0, phone: 1 })).toEqual({ gender: "required", birthYear: "required", village: "required" });
  });

  it("refuses a column used twice or beyond the file's columns", () => {
    expect(fieldErrors({ ...required, phone: 0 })).toEqual({ phone: "importColumnTwice" });
    expect(fieldErrors({ ...required, phone: 6 })).toEqual({ phone: "invalidChoice" });
  });

  it("refuses what is not a mapping", () => {
    expect(fieldErrors("fullName")).toEqual({ mapping: "invalid" });
    expect(fieldErrors({ ...required, shoeSize: 4 })).toEqual({ mapping: "invalid" });
    expect(fieldErrors({ ...required, phone: -1 })).toEqual({ mapping: "invalid" });
  });
});
