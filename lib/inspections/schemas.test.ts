import { describe, expect, it } from "vitest";
import { acceptedQuantityError, decideBatchSchema } from "./schemas";

describe("acceptedQuantityError", () => {
  it.each([
    ["accepted", 20, 20, undefined],
    ["accepted", 19, 20, "mustEqual?value=20"],
    ["rejected", 0, 20, undefined],
    ["rejected", 1, 20, "mustEqual?value=0"],
    ["partially_accepted", 12, 20, undefined],
    ["partially_accepted", 0, 20, "partialRange?max=19"],
    ["partially_accepted", 20, 20, "partialRange?max=19"],
    ["partially_accepted", 21, 20, "tooBig?max=20"],
  ] as const)("%s %i of %i → %s", (decision, accepted, quantity, error) => expect(acceptedQuantityError(decision, accepted, quantity)).toBe(error));
});

describe("decideBatchSchema", () => {
  const batchId = "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e";

  it("needs a reason unless everything is accepted", () => {
    expect(decideBatchSchema.safeParse({ batchId, decision: "accepted", acceptedQuantity: "5" }).success).toBe(true);
    const result = decideBatchSchema.safeParse({ batchId, decision: "rejected", acceptedQuantity: 0, reason: " " });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["reason"], message: "reasonRequired" })]);
  });
});
