import { describe, expect, it } from "vitest";
import { suppressSmall } from "./suppress";

describe("suppressSmall", () => {
  it.each([
    [0, 0],
    [1, null],
    [4, null],
    [5, 5],
    [1500, 1500],
  ])("shows %i people as %s", (count, shown) => expect(suppressSmall(count)).toBe(shown));
});
