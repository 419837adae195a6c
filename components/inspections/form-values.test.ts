import { describe, expect, it } from "vitest";
import { defectCounts } from "@/lib/inspections/item-defects";
import type { LocalChecklistItem } from "@/lib/inspections/item-text";
import { answerErrors, answersOf, initialValues, readingsError, resultsInput, submitInput, type InspectionFormValues } from "./form-values";

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const item = (n: number, kind: LocalChecklistItem["kind"], extra: Partial<LocalChecklistItem> = {}): LocalChecklistItem => ({
  id: id(n),
  position: n,
  kind,
  defectClass: kind === "text" || kind === "photo" ? null : "major",
  minValue: null,
  maxValue: null,
  unit: null,
  label: `Item ${n}`,
  guidance: "",
  ...extra,
});

const items = [
  item(1, "yes_no", { defectClass: "critical" }),
  item(2, "measurement", { minValue: 95, maxValue: 105, unit: "mm" }),
  item(3, "defect_count", { defectClass: "minor" }),
  item(4, "text"),
  item(5, "photo"),
];

const noDecision = { outcome: null, acceptedQuantity: null, overrideReason: null, remarks: null };

function values(answers: Partial<Record<number, Partial<InspectionFormValues["results"][number]>>>, decision: Partial<InspectionFormValues> = {}) {
  const start = initialValues(items, [], noDecision);
  return { ...start, ...decision, results: start.results.map((r, i) => ({ ...r, ...answers[i] })) };
}

describe("initialValues", () => {
  it("puts saved answers back as the form's text, in checklist order", () => {
    const saved = [
      { itemId: id(2), passed: null, measurements: [100, 106.5], defectCount: null, note: null, photoIds: [] },
      { itemId: id(1), passed: false, measurements: null, defectCount: null, note: null, photoIds: [] },
      { itemId: id(3), passed: null, measurements: null, defectCount: 0, note: null, photoIds: [] },
      { itemId: id(5), passed: null, measurements: null, defectCount: null, note: null, photoIds: [id(9)] },
    ];
    const start = initialValues(items, saved, { outcome: "reject", acceptedQuantity: null, overrideReason: null, remarks: "Seams open" });
    expect(start.results.map((r) => [r.passed, r.measurements, r.defectCount, r.photoIds])).toEqual([
      ["no", "", "", []],
      ["", "100 106.5", "", []],
      ["", "", "0", []],
      ["", "", "", []],
      ["", "", "", [id(9)]],
    ]);
    expect(start).toMatchObject({ outcome: "reject", acceptedQuantity: "", overrideReason: "", remarks: "Seams open" });
  });
});

describe("answers", () => {
  it("sends only what each kind uses, one entry per item", () => {
    const v = values({ 0: { passed: "yes", note: "ignored" }, 1: { measurements: "100, 104\n99" }, 2: { defectCount: " 2 " }, 3: { note: "Dyed with walnut" }, 4: { photoIds: [id(8)] } });
    expect(resultsInput(items, v)).toEqual([
      { itemId: id(1), passed: true },
      { itemId: id(2), measurements: [100, 104, 99] },
      { itemId: id(3), defectCount: "2" },
      { itemId: id(4), note: "Dyed with walnut" },
      { itemId: id(5), photoIds: [id(8)] },
    ]);
  });

  it("tallies what is typed so far, ignoring what is not a number yet", () => {
    const v = values({ 0: { passed: "no" }, 1: { measurements: "94 100 106 abc" }, 2: { defectCount: "2.5" } });
    expect(defectCounts(items, answersOf(items, v.results))).toEqual({ critical: 1, major: 2, minor: 0 });
    const counted = values({ 2: { defectCount: "3" } });
    expect(defectCounts(items, answersOf(items, counted.results))).toEqual({ critical: 0, major: 0, minor: 3 });
  });

  it("points at the first reading that is not a number", () => {
    expect(readingsError("100 1,5cm 101 x")).toBe("measurementInvalid?value=5cm");
    expect(readingsError("100, 101")).toBe(true);
  });

  it("points at counts the shared schema refuses", () => {
    const v = values({ 1: { measurements: "100 101" }, 2: { defectCount: "-1" } });
    expect(answerErrors(items, v)).toEqual({ "results.2.defectCount": "tooSmall?min=0" });
    expect(answerErrors(items, values({ 2: { defectCount: "two" } }))).toEqual({ "results.2.defectCount": "invalidType" });
    expect(answerErrors(items, values({ 0: { passed: "yes" } }))).toEqual({});
  });
});

describe("submitInput", () => {
  it("sends an accepted quantity only for a partial acceptance", () => {
    expect(submitInput(items, values({}, { outcome: "accept", acceptedQuantity: "12" }))).toMatchObject({ outcome: "accept", acceptedQuantity: null });
    expect(submitInput(items, values({}, { outcome: "partially_accept", acceptedQuantity: "12", remarks: "Sorted" }))).toMatchObject({
      outcome: "partially_accept",
      acceptedQuantity: "12",
      remarks: "Sorted",
    });
  });
});
