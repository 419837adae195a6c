import type { ItemAnswer } from "@/lib/inspections/item-defects";
import type { LocalChecklistItem } from "@/lib/inspections/item-text";
import type { Outcome } from "@/lib/inspections/outcome";
import { formatMeasurements, parseMeasurements } from "@/lib/inspections/parse-measurements";
import { itemResultSchema, type ItemResultInput, type SubmitInspectionInput } from "@/lib/inspections/schemas";

/** One answer as the form holds it: text boxes keep what was typed until it is sent. */
export type ResultValues = { itemId: string; passed: "" | "yes" | "no"; measurements: string; defectCount: string; note: string; photoIds: string[] };

export type InspectionFormValues = {
  results: ResultValues[];
  outcome: Outcome | "";
  acceptedQuantity: string;
  overrideReason: string;
  remarks: string;
};

type SavedResult = { itemId: string; passed: boolean | null; measurements: number[] | null; defectCount: number | null; note: string | null; photoIds: string[] };
type SavedDecision = { outcome: Outcome | null; acceptedQuantity: number | null; overrideReason: string | null; remarks: string | null };

/** The form's starting values: the answers saved so far, one entry per item in checklist order. */
export function initialValues(items: readonly LocalChecklistItem[], saved: readonly SavedResult[], decision: SavedDecision): InspectionFormValues {
  const byItem = new Map(saved.map((r) => [r.itemId, r]));
  return {
    results: items.map((item) => {
      const r = byItem.get(item.id);
      return {
        itemId: item.id,
        passed: r?.passed == null ? "" : r.passed ? "yes" : "no",
        measurements: formatMeasurements(r?.measurements),
        defectCount: r?.defectCount == null ? "" : String(r.defectCount),
        note: r?.note ?? "",
        photoIds: r?.photoIds ?? [],
      };
    }),
    outcome: decision.outcome ?? "",
    acceptedQuantity: decision.acceptedQuantity == null ? "" : String(decision.acceptedQuantity),
    overrideReason: decision.overrideReason ?? "",
    remarks: decision.remarks ?? "",
  };
}

/** What one entry sends: only the fields its item's kind uses. */
export function resultInput(item: LocalChecklistItem, v: ResultValues): ItemResultInput {
  switch (item.kind) {
    case "yes_no":
      return { itemId: v.itemId, passed: v.passed === "" ? null : v.passed === "yes" };
    case "measurement":
      return { itemId: v.itemId, measurements: parseMeasurements(v.measurements).values };
    case "defect_count":
      return { itemId: v.itemId, defectCount: v.defectCount.trim() === "" ? null : v.defectCount.trim() };
    case "text":
      return { itemId: v.itemId, note: v.note };
    case "photo":
      return { itemId: v.itemId, photoIds: v.photoIds };
  }
}

export function resultsInput(items: readonly LocalChecklistItem[], values: InspectionFormValues): ItemResultInput[] {
  return items.map((item, i) => resultInput(item, values.results[i]!));
}

/** The answers as numbers for the live tally; what is not (yet) a valid number counts nothing. */
export function answersOf(items: readonly LocalChecklistItem[], results: readonly ResultValues[]): Map<string, ItemAnswer> {
  return new Map(
    items.map((item, i) => {
      const input = resultInput(item, results[i]!);
      const count = Number(input.defectCount);
      return [item.id, { passed: input.passed, measurements: input.measurements, defectCount: Number.isInteger(count) && count >= 0 ? count : null }];
    }),
  );
}

/** A readings box's error: the first thing typed in it that is not a number. */
export function readingsError(text: string): string | true {
  const [invalid] = parseMeasurements(text).invalid;
  return invalid === undefined || `measurementInvalid?${new URLSearchParams({ value: invalid })}`;
}

/** Field errors the shared item schema finds before sending, under the same keys the server uses. */
export function answerErrors(items: readonly LocalChecklistItem[], values: InspectionFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  items.forEach((item, i) => {
    const parsed = itemResultSchema.safeParse(resultInput(item, values.results[i]!));
    for (const issue of parsed.error?.issues ?? []) errors[`results.${i}.${String(issue.path[0])}`] ??= issue.message;
  });
  return errors;
}

/** The submission: the answers, and the decision fields the chosen outcome uses. */
export function submitInput(items: readonly LocalChecklistItem[], values: InspectionFormValues): SubmitInspectionInput {
  return {
    results: resultsInput(items, values),
    outcome: values.outcome as Outcome,
    acceptedQuantity: values.outcome === "partially_accept" ? values.acceptedQuantity : null,
    overrideReason: values.overrideReason,
    remarks: values.remarks,
  };
}
