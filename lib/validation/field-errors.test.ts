import { describe, expect, it } from "vitest";
import { fieldErrorsOf, parseMessageKey } from "./field-errors";
import { z } from "./zod-messages";

describe("zod messages as keys", () => {
  const schema = z.object({ name: z.string().min(1).max(5), age: z.number().int().min(14), kind: z.enum(["a", "b"]) });

  it("gives each field one translatable key with its numbers", () => {
    const result = schema.safeParse({ name: "too long", age: 3, kind: "c" });
    expect(fieldErrorsOf(result.error!)).toEqual({ name: "tooLong?max=5", age: "tooSmall?min=14", kind: "invalidChoice" });
    expect(fieldErrorsOf(schema.safeParse({ age: "x", kind: "a", name: "" }).error!)).toEqual({ name: "required", age: "invalidType" });
  });

  it("splits a key from its values", () => {
    expect(parseMessageKey("tooLong?max=200")).toEqual({ key: "tooLong", values: { max: "200" } });
    expect(parseMessageKey("required")).toEqual({ key: "required", values: {} });
  });
});
