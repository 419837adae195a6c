import { samplingPlan, type InspectionLevel, type SamplingPlan } from "./sampling";

export const DEFECT_CLASSES = ["critical", "major", "minor"] as const;
export type DefectClass = (typeof DEFECT_CLASSES)[number];

export type ClassPlan = SamplingPlan & { aql: number };
export type LotPlans = Record<DefectClass, ClassPlan>;

export type PlanForLotInput = { lotSize: number; level: InspectionLevel; aql: Record<DefectClass, number> };

/** One sampling plan per defect class; sample sizes may differ because arrows move classes to other letters. */
export function planForLot({ lotSize, level, aql }: PlanForLotInput): LotPlans {
  const planFor = (defectClass: DefectClass): ClassPlan => ({
    aql: aql[defectClass],
    ...samplingPlan({ lotSize, level, aql: aql[defectClass] }),
  });
  return { critical: planFor("critical"), major: planFor("major"), minor: planFor("minor") };
}

/** Units to draw from the lot: the largest sample any class needs. */
export function sampleToDraw(plans: LotPlans): number {
  return Math.max(...DEFECT_CLASSES.map((defectClass) => plans[defectClass].sampleSize));
}

export type Decision = "accept" | "reject";

/** Critical defects are zero-tolerance whatever the critical AQL; major and minor follow their Re numbers. */
export function computedDecision(counts: Record<DefectClass, number>, plans: LotPlans): Decision {
  for (const defectClass of DEFECT_CLASSES) {
    const count = counts[defectClass];
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Defect count for ${defectClass} must be a non-negative integer, got ${count}`);
  }
  if (counts.critical > 0) return "reject";
  if (counts.major >= plans.major.reject || counts.minor >= plans.minor.reject) return "reject";
  return "accept";
}

/** Number of measurements outside [min, max], bounds inclusive; a null bound is open. */
export function defectsFromMeasurements(values: readonly number[], min: number | null, max: number | null): number {
  if ([min, max].some((bound) => bound !== null && !Number.isFinite(bound))) throw new RangeError("Specification bounds must be finite or null");
  if (min !== null && max !== null && min > max) throw new RangeError(`Specification minimum ${min} exceeds maximum ${max}`);
  // A missing or garbled reading must not pass silently as in specification.
  if (values.some((value) => !Number.isFinite(value))) throw new RangeError("Measurements must be finite numbers");
  return values.filter((value) => (min !== null && value < min) || (max !== null && value > max)).length;
}
