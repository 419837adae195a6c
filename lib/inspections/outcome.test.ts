import { describe, expect, it } from "vitest";
import { defectCounts, defectsOf, type ChecklistItemRule } from "./item-defects";
import { batchStatusAfter, isOverride, outcomeErrors, quantitiesAfter } from "./outcome";

const item = (kind: ChecklistItemRule["kind"], defectClass: ChecklistItemRule["defectClass"], min: number | null = null, max: number | null = null) => ({
  id: `${kind}-${defectClass}`,
  kind,
  defectClass,
  minValue: min,
  maxValue: max,
});

describe("defectsOf", () => {
  it("counts a no, each out-of-tolerance measurement and a defect count", () => {
    expect(defectsOf(item("yes_no", "critical"), { passed: false })).toBe(1);
    expect(defectsOf(item("yes_no", "critical"), { passed: true })).toBe(0);
    expect(defectsOf(item("measurement", "major", 95, 105), { measurements: [94.9, 95, 100, 105, 105.1] })).toBe(2);
    expect(defectsOf(item("defect_count", "minor"), { defectCount: 3 })).toBe(3);
    expect(defectsOf(item("text", null), { passed: false, defectCount: 4 })).toBe(0);
    expect(defectsOf(item("defect_count", "minor"), undefined)).toBe(0);
  });

  it("sums defects by class", () => {
    const items = [item("yes_no", "critical"), item("measurement", "major", 95, 105), item("defect_count", "minor"), item("photo", null)];
    const answers = new Map([
      ["measurement-major", { measurements: [90, 110, 100] }],
      ["defect_count-minor", { defectCount: 5 }],
    ]);
    expect(defectCounts(items, answers)).toEqual({ critical: 0, major: 2, minor: 5 });
  });
});

describe("outcome rules", () => {
  it("treats going against the sampling result as an override", () => {
    expect(isOverride("accept", "accept")).toBe(false);
    expect(isOverride("accept", "reject")).toBe(true);
    expect(isOverride("accept", "rework")).toBe(true);
    expect(isOverride("reject", "accept")).toBe(true);
    expect(isOverride("reject", "partially_accept")).toBe(false);
    expect(isOverride("reject", "rework")).toBe(false);
  });

  it("sets quantities and statuses per outcome", () => {
    expect(quantitiesAfter("accept", 50, null)).toEqual({ accepted: 50, rejected: 0 });
    expect(quantitiesAfter("reject", 50, null)).toEqual({ accepted: 0, rejected: 50 });
    expect(quantitiesAfter("partially_accept", 50, 42)).toEqual({ accepted: 42, rejected: 8 });
    expect(quantitiesAfter("rework", 50, null)).toEqual({ accepted: null, rejected: null });
    expect(batchStatusAfter("partially_accept")).toBe("partially_accepted");
    expect(batchStatusAfter("rework")).toBe("rework");
  });

  it("requires an accepted quantity inside the lot for a partial acceptance", () => {
    expect(outcomeErrors({ outcome: "partially_accept", acceptedQuantity: 50, remarks: "sorted" }, "reject", 50)).toEqual({
      acceptedQuantity: "partialRange?max=49",
    });
    expect(outcomeErrors({ outcome: "partially_accept", acceptedQuantity: 0, remarks: "sorted" }, "reject", 50)).toHaveProperty("acceptedQuantity");
    expect(outcomeErrors({ outcome: "partially_accept", acceptedQuantity: 1, remarks: "x" }, "reject", 1)).toHaveProperty(
      "acceptedQuantity",
      "partialImpossible",
    );
    expect(outcomeErrors({ outcome: "partially_accept", acceptedQuantity: 49, remarks: "sorted out 1" }, "reject", 50)).toEqual({});
  });

  it("requires a written reason for an override and remarks for anything but acceptance", () => {
    expect(outcomeErrors({ outcome: "accept" }, "reject", 10)).toEqual({ overrideReason: "overrideReasonRequired" });
    expect(outcomeErrors({ outcome: "accept", overrideReason: "Re-measured: the tape was off" }, "reject", 10)).toEqual({});
    expect(outcomeErrors({ outcome: "reject" }, "reject", 10)).toEqual({ remarks: "remarksRequired" });
    expect(outcomeErrors({ outcome: "accept" }, "accept", 10)).toEqual({});
  });
});
