import type { inspectionResults, inspections } from "@/db/schema";
import { isOverride, quantitiesAfter, type Outcome } from "@/lib/inspections/outcome";
import { computedDecision, DEFECT_CLASSES, planForLot, sampleToDraw, type DefectClass, type LotPlans } from "@/lib/qc/decision";
import type { SeedBatch } from "./batches";
import { momentOn } from "./calendar";
import { defectCapacity, itemResults } from "./item-results";
import type { Rng } from "./random";
import { overrideReason, partialReason, rejectedReason, reworkReason } from "./reasons";
import { templateAt, type SeedTemplate } from "./template-rows";

type InspectionRow = typeof inspections.$inferInsert;
type ResultRow = typeof inspectionResults.$inferInsert;
type Counts = Record<DefectClass, number>;

/** Inspections that can be written together: a batch has at most one in each round. */
export type InspectionRound = { inspections: InspectionRow[]; results: ResultRow[] };

/** What the batch row takes from its inspections. */
export type Settled = { acceptedQuantity: number | null; rejectedQuantity: number | null; updatedAt: Date };

export type InspectionStaff = {
  /** Coordinators in sign-in order; the first inspects what waits for approval, so the second can approve it. */
  coordinators: readonly string[];
  /** Approves instead when the association has a single coordinator. */
  admin: string;
};

const OUTCOME_OF = { accepted: "accept", partially_accepted: "partially_accept", rejected: "reject", rework: "rework" } as const;
/** How often each class is the one that fails a lot. */
const FAILING_CLASS_WEIGHT = { critical: 2, major: 5, minor: 3 } as const satisfies Counts;
const OVERRIDE_SHARE = 0.02;
/** Latest decisions that keep their checklist answers; answers to all (~30,000 rows) would add seconds to the seed. */
const DETAILED_DECISIONS = 300;

type Verdict = "pass" | "override" | "fail";

/**
 * Defects found in the sample, no more than the checklist can record: within Ac for a pass, at Re
 * on minor for an override, at or over Re in one class for a fail.
 */
function defectCounts(rng: Rng, plans: LotPlans, capacity: Counts, verdict: Verdict): Counts {
  const within = (c: DefectClass, chance: number) => (rng.chance(chance) ? rng.int(0, Math.min(plans[c].accept, capacity[c])) : 0);
  const counts: Counts = { critical: 0, major: within("major", 0.2), minor: within("minor", 0.35) };
  if (verdict === "override") counts.minor = plans.minor.reject;
  if (verdict === "fail") {
    const failing = rng.weighted(DEFECT_CLASSES.filter((c) => plans[c].reject <= capacity[c]).map((c) => [c, FAILING_CLASS_WEIGHT[c]] as const));
    counts[failing] = Math.min(capacity[failing], plans[failing].reject + rng.int(0, 2));
  }
  return counts;
}

function remarksFor(rng: Rng, lineCode: string, outcome: Outcome, rejected: number | null): string | null {
  switch (outcome) {
    case "accept":
      return null;
    case "partially_accept":
      return partialReason(rng, lineCode, rejected ?? 0);
    case "reject":
      return rejectedReason(rng, lineCode);
    case "rework":
      return reworkReason(rng, lineCode);
  }
}

/** What the inspector found and decided; a partial acceptance keeps what 100% sorting left. */
function decide(rng: Rng, batch: SeedBatch, plans: LotPlans, capacity: Counts, outcome: Outcome) {
  const { line, quantity } = batch;
  const canOverride = plans.minor.reject <= capacity.minor;
  const verdict: Verdict = outcome !== "accept" ? "fail" : canOverride && rng.chance(OVERRIDE_SHARE) ? "override" : "pass";
  const counts = defectCounts(rng, plans, capacity, verdict);
  const computed = computedDecision(counts, plans);
  if ((computed === "accept") !== (verdict === "pass")) throw new Error(`Seeded defects ${JSON.stringify(counts)} do not give a ${verdict}`);
  // Sorting the whole lot takes out at least the defective pieces the sample showed.
  const found = Math.min(quantity - 1, counts.critical + counts.major + counts.minor);
  const sorted = outcome === "partially_accept" ? quantity - Math.max(found, rng.int(1, Math.max(1, Math.floor(quantity / 4)))) : null;
  const quantities = quantitiesAfter(outcome, quantity, sorted);
  return {
    counts,
    quantities,
    row: {
      criticalDefects: counts.critical,
      majorDefects: counts.major,
      minorDefects: counts.minor,
      computedOutcome: computed,
      outcome,
      overrideReason: isOverride(computed, outcome) ? overrideReason(rng, line.code) : null,
      // As the app stores it: the quantity kept after sorting, for a partial acceptance only.
      acceptedQuantity: sorted,
      remarks: remarksFor(rng, line.code, outcome, quantities.rejected),
    },
  };
}

/** The first day whose decisions are among the latest DETAILED_DECISIONS. */
function detailedFrom(seedBatches: readonly SeedBatch[]): number {
  const days = seedBatches.filter((b) => b.state in OUTCOME_OF).map((b) => b.inspectedDay);
  return days.sort((a, b) => b - a)[DETAILED_DECISIONS - 1] ?? Number.NEGATIVE_INFINITY;
}

export function buildInspections(
  rng: Rng,
  associationId: string,
  seedBatches: readonly SeedBatch[],
  templates: ReadonlyMap<string, readonly SeedTemplate[]>,
  staff: InspectionStaff,
  utcOffset: number,
): { rounds: InspectionRound[]; settled: Map<string, Settled> } {
  const earlier: InspectionRound = { inspections: [], results: [] };
  const current: InspectionRound = { inspections: [], results: [] };
  const settled = new Map<string, Settled>();
  const approvers = staff.coordinators.length >= 2 ? staff.coordinators : [...staff.coordinators, staff.admin];
  const firstDetailedDay = detailedFrom(seedBatches);

  function inspect(round: InspectionRound, batch: SeedBatch, day: number, outcome: Outcome | null, approved: boolean, inspectorId: string): Settled {
    const { line, quantity } = batch;
    const startedAt = momentOn(day, rng.int(9, 15), rng.int(0, 59), utcOffset);
    const template = templateAt(templates.get(line.code) ?? [], startedAt);
    const plans = planForLot({ lotSize: quantity, level: line.inspectionLevel, aql: line.aql });
    const base = {
      associationId,
      id: rng.uuid(),
      batchId: batch.id,
      templateId: template.row.id!,
      inspectorId,
      lotSize: quantity,
      level: line.inspectionLevel,
      sampleSize: sampleToDraw(plans),
      plan: plans,
      startedAt,
    };
    if (!outcome) {
      round.inspections.push({ ...base, status: "in_progress" });
      return { acceptedQuantity: null, rejectedQuantity: null, updatedAt: startedAt };
    }
    const { counts, quantities, row } = decide(rng, batch, plans, defectCapacity(template.items, plans), outcome);
    const submittedAt = new Date(startedAt.getTime() + rng.int(20, 150) * 60_000);
    const approvedAt = approved ? new Date(submittedAt.getTime() + rng.int(30, 300) * 60_000) : null;
    round.inspections.push({
      ...base,
      ...row,
      status: approved ? "approved" : "awaiting_approval",
      submittedAt,
      approverId: approved ? rng.pick(approvers.filter((id) => id !== inspectorId)) : null,
      approvedAt,
    });
    if (!approved || day >= firstDetailedDay) {
      round.results.push(...itemResults(rng, template.items, plans, counts).map((r) => ({ associationId, inspectionId: base.id, ...r })));
    }
    if (!approvedAt) return { acceptedQuantity: null, rejectedQuantity: null, updatedAt: submittedAt };
    return { acceptedQuantity: quantities.accepted, rejectedQuantity: quantities.rejected, updatedAt: approvedAt };
  }

  const inspector = () => rng.pick(staff.coordinators);
  for (const batch of seedBatches) {
    switch (batch.state) {
      case "draft":
      case "submitted":
        continue;
      case "in_inspection":
        settled.set(batch.id, inspect(current, batch, batch.inspectedDay, null, false, inspector()));
        continue;
      case "awaiting_approval": {
        const outcome = rng.weighted([["accept", 75], ["partially_accept", 15], ["reject", 5], ["rework", 5]] as const);
        settled.set(batch.id, inspect(current, batch, batch.inspectedDay, outcome, false, staff.coordinators[0]!));
        continue;
      }
      default:
        if (batch.reworkedDay !== undefined) inspect(earlier, batch, batch.reworkedDay, "rework", true, inspector());
        settled.set(batch.id, inspect(current, batch, batch.inspectedDay, OUTCOME_OF[batch.state], true, inspector()));
    }
  }
  return { rounds: [earlier, current], settled };
}
