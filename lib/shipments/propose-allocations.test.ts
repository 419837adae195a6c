import { describe, expect, it } from "vitest";
import { proposeOldestFirst } from "./propose-allocations";

describe("oldest-first proposal", () => {
  it("empties older batches before touching newer ones", () => {
    expect(proposeOldestFirst(25, [{ available: 10 }, { available: 10 }, { available: 10 }])).toEqual([10, 10, 5]);
  });

  it("proposes what there is when the batches cannot fill the line", () => {
    expect(proposeOldestFirst(50, [{ available: 10 }, { available: 5 }])).toEqual([10, 5]);
  });

  it("skips batches with nothing free and stops once the line is full", () => {
    expect(proposeOldestFirst(4, [{ available: 0 }, { available: 3 }, { available: 8 }, { available: 2 }])).toEqual([0, 3, 1, 0]);
  });
});
