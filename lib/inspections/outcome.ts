import type { DefectClass } from "@/lib/qc/decision";

export const OUTCOMES = ["accept", "partially_accept", "reject", "rework"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type DefectCounts = Record<DefectClass, number>;

const BATCH_STATUS = {
  accept: "accepted",
  partially_accept: "partially_accepted",
  reject: "rejected",
  rework: "rework",
} as const satisfies Record<Outcome, string>;

/** The batch status an approved inspection with this outcome leaves behind. */
export function batchStatusAfter(outcome: Outcome): (typeof BATCH_STATUS)[Outcome] {
  return BATCH_STATUS[outcome];
}

/**
 * Overriding means going against the sampling result: accepting a lot the counts reject, or
 * rejecting, sorting or reworking one they accept. Sorting or reworking a rejected lot is not.
 */
export function isOverride(computed: "accept" | "reject", outcome: Outcome): boolean {
  return computed === "accept" ? outcome !== "accept" : outcome === "accept";
}

/** The accepted and rejected quantities an outcome sets on a lot; rework decides nothing yet. */
export function quantitiesAfter(
  outcome: Outcome,
  lotSize: number,
  acceptedAfterSorting: number | null,
): { accepted: number | null; rejected: number | null } {
  switch (outcome) {
    case "accept":
      return { accepted: lotSize, rejected: 0 };
    case "reject":
      return { accepted: 0, rejected: lotSize };
    case "partially_accept":
      return { accepted: acceptedAfterSorting, rejected: lotSize - (acceptedAfterSorting ?? 0) };
    case "rework":
      return { accepted: null, rejected: null };
  }
}

/** Field errors of a finishing decision, as message keys; empty when it is complete. */
export function outcomeErrors(
  input: { outcome: Outcome; acceptedQuantity?: number | null; overrideReason?: string | null; remarks?: string | null },
  computed: "accept" | "reject",
  lotSize: number,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const accepted = input.acceptedQuantity;
  if (input.outcome === "partially_accept" && (accepted == null || accepted < 1 || accepted >= lotSize)) {
    errors.acceptedQuantity = lotSize > 1 ? `partialRange?max=${lotSize - 1}` : "partialImpossible";
  }
  if (isOverride(computed, input.outcome) && (input.overrideReason ?? "").trim().length < 3) {
    errors.overrideReason = "overrideReasonRequired";
  }
  if (input.outcome !== "accept" && (input.remarks ?? "").trim().length < 3) errors.remarks = "remarksRequired";
  return errors;
}
