import { describe, expect, it } from "vitest";
import { computedDecision, defectsFromMeasurements, planForLot, sampleToDraw, type LotPlans } from "./decision";

// Lot of 20 at level II is letter C (n=5); arrows send each class to a different letter.
const plans: LotPlans = planForLot({ lotSize: 20, level: "II", aql: { critical: 0, major: 2.5, minor: 6.5 } });

describe("planForLot", () => {
  it("gives each defect class its own plan, arrows followed per class", () => {
    expect(plans).toEqual({
      critical: { aql: 0, codeLetter: "C", planLetter: "C", sampleSize: 5, accept: 0, reject: 1 },
      major: { aql: 2.5, codeLetter: "C", planLetter: "C", sampleSize: 5, accept: 0, reject: 1 },
      minor: { aql: 6.5, codeLetter: "C", planLetter: "D", sampleSize: 8, accept: 1, reject: 2 },
    });
  });

  it("lets an up arrow shrink one class's sample below the code letter's", () => {
    const lot = planForLot({ lotSize: 30, level: "II", aql: { critical: 0, major: 2.5, minor: 4 } });
    expect(lot.major).toMatchObject({ codeLetter: "D", planLetter: "C", sampleSize: 5 });
    expect(lot.minor).toMatchObject({ planLetter: "E", sampleSize: 13, accept: 1, reject: 2 });
    expect(sampleToDraw(lot)).toBe(13);
  });

  it("passes bad input on as RangeError", () => {
    expect(() => planForLot({ lotSize: 0, level: "II", aql: { critical: 0, major: 2.5, minor: 4 } })).toThrow(RangeError);
    expect(() => planForLot({ lotSize: 100, level: "II", aql: { critical: 0, major: 2, minor: 4 } })).toThrow(RangeError);
  });
});

describe("sampleToDraw", () => {
  it("is the largest sample any class needs", () => {
    expect(sampleToDraw(plans)).toBe(8);
    expect(sampleToDraw(planForLot({ lotSize: 1000, level: "II", aql: { critical: 0, major: 2.5, minor: 4 } }))).toBe(80);
  });

  it("never exceeds the lot", () => {
    expect(sampleToDraw(planForLot({ lotSize: 6, level: "II", aql: { critical: 0, major: 0.65, minor: 1 } }))).toBe(6);
  });
});

describe("computedDecision", () => {
  it("accepts a lot within every class's acceptance number", () => {
    expect(computedDecision({ critical: 0, major: 0, minor: 1 }, plans)).toBe("accept");
  });

  it("rejects on any critical defect, whatever the critical plan allows", () => {
    const lenient = { ...plans, critical: { ...plans.critical, accept: 3, reject: 4 } };
    expect(computedDecision({ critical: 1, major: 0, minor: 0 }, lenient)).toBe("reject");
  });

  it("rejects when major or minor defects reach the rejection number", () => {
    expect(computedDecision({ critical: 0, major: 1, minor: 0 }, plans)).toBe("reject");
    expect(computedDecision({ critical: 0, major: 0, minor: 2 }, plans)).toBe("reject");
    expect(computedDecision({ critical: 0, major: 0, minor: 5 }, plans)).toBe("reject");
  });

  it("uses each class's own Re at the boundary", () => {
    const big = planForLot({ lotSize: 1000, level: "II", aql: { critical: 0, major: 2.5, minor: 4 } });
    expect(computedDecision({ critical: 0, major: 5, minor: 7 }, big)).toBe("accept");
    expect(computedDecision({ critical: 0, major: 6, minor: 7 }, big)).toBe("reject");
    expect(computedDecision({ critical: 0, major: 5, minor: 8 }, big)).toBe("reject");
  });

  it.each([-1, 1.5, NaN])("rejects a defect count of %s", (count) => {
    expect(() => computedDecision({ critical: 0, major: count, minor: 0 }, plans)).toThrow(RangeError);
  });
});

describe("defectsFromMeasurements", () => {
  it("counts values outside the inclusive bounds", () => {
    expect(defectsFromMeasurements([9.9, 10, 12, 15, 15.1], 10, 15)).toBe(2);
  });

  it("treats a null bound as open", () => {
    expect(defectsFromMeasurements([-5, 0, 100], null, 50)).toBe(1);
    expect(defectsFromMeasurements([-5, 0, 100], 0, null)).toBe(1);
    expect(defectsFromMeasurements([-5, 0, 100], null, null)).toBe(0);
  });

  it("counts nothing in an empty list", () => {
    expect(defectsFromMeasurements([], 1, 2)).toBe(0);
  });

  it("accepts a single-value specification", () => {
    expect(defectsFromMeasurements([4, 5, 6], 5, 5)).toBe(2);
  });

  it("refuses non-finite readings and bounds, and min above max", () => {
    expect(() => defectsFromMeasurements([1, NaN], 0, 2)).toThrow(RangeError);
    expect(() => defectsFromMeasurements([1, Infinity], 0, null)).toThrow(RangeError);
    expect(() => defectsFromMeasurements([1], NaN, 2)).toThrow(RangeError);
    expect(() => defectsFromMeasurements([1], 3, 2)).toThrow(RangeError);
  });
});
