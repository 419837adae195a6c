import { describe, expect, it } from "vitest";
import { localItems, toleranceText } from "./item-text";

const item = {
  id: "i1",
  position: 1,
  kind: "measurement" as const,
  defectClass: "major" as const,
  minValue: 95,
  maxValue: 105,
  unit: "mm",
  labelEn: "Length",
  labelRu: "Длина",
  labelKy: "Узундугу",
  guidanceEn: "Tape along the back",
  guidanceRu: "Рулеткой вдоль спины",
  guidanceKy: "Арканы бойлото рулетка менен",
};

describe("localItems", () => {
  it("keeps the rule and picks the reader's language", () => {
    expect(localItems([item], "ru")).toEqual([
      { id: "i1", position: 1, kind: "measurement", defectClass: "major", minValue: 95, maxValue: 105, unit: "mm", label: "Длина", guidance: "Рулеткой вдоль спины" },
    ]);
    expect(localItems([item], "ky")[0]).toMatchObject({ label: "Узундугу", guidance: "Арканы бойлото рулетка менен" });
  });
});

describe("toleranceText", () => {
  it.each([
    [95, 105, "mm", "95 … 105 mm"],
    [3, null, "mm", "≥ 3 mm"],
    [null, 2.5, "kg", "≤ 2.5 kg"],
    [1, 2, null, "1 … 2"],
    [null, null, "mm", null],
  ])("min %s, max %s, unit %s → %s", (minValue, maxValue, unit, text) => {
    expect(toleranceText({ minValue, maxValue, unit })).toBe(text);
  });
});
