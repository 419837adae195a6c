import type { batches, inspections, lotSequences } from "@/db/schema";
import { formatLotCode, newPublicCode } from "@/lib/batches/lot-code";
import { dayNumber, isoDay, momentOn, monthOf, TODAY_DAY, yearOf } from "./calendar";
import type { LineDef } from "./catalog";
import type { SeedMember } from "./members";
import type { Rng } from "./random";
import { batchNote, partialReason, rejectedReason } from "./reasons";

type BatchRow = typeof batches.$inferInsert;
type InspectionRow = typeof inspections.$inferInsert;
type SequenceRow = typeof lotSequences.$inferInsert;
type Decision = "accepted" | "partially_accepted" | "rejected";
type Status = "submitted" | "in_inspection" | Decision;

const isDecision = (status: Status): status is Decision => status !== "submitted" && status !== "in_inspection";

export type SeedLine = LineDef & { productIds: Map<string, string> };

export type BatchPlan = {
  count: number;
  inspectorIds: readonly string[];
  utcOffset: number;
  demoMemberId: string;
  /** Batches moved to the demo producer, by state, so every state shows on their screens. */
  demoBatches: Partial<Record<Status, number>>;
};

type Draft = {
  line: SeedLine;
  productId: string;
  memberId: string;
  quantity: number;
  from: number;
  to: number;
  submittedAt: Date;
  status: Status;
  decidedDay: number;
};

const FIRST_SUBMISSION = dayNumber("2025-01-10");
const FIRST_PRODUCTION = dayNumber("2025-01-01");
const LAST_SUBMISSION = TODAY_DAY - 1;

function producerPool(rng: Rng, line: SeedLine, producers: readonly SeedMember[]) {
  const pool = producers
    .filter((p) => p.active && p.skills.includes(line.skill))
    .map((p) => [p, rng.weighted([[0, 6], [1, 3], [3, 3], [8, 1]] as const)] as const)
    .filter(([, weight]) => weight > 0);
  if (pool.length === 0) throw new Error(`No producers for ${line.code}`);
  const earliest = pool.reduce((a, b) => (b[0].joinedDay < a[0].joinedDay ? b : a))[0];
  return (fromDay: number): SeedMember => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const candidate = rng.weighted(pool);
      if (candidate.joinedDay <= fromDay) return candidate;
    }
    return earliest;
  };
}

function dailyRates(line: LineDef, target: number): Map<number, number> {
  const weights = new Map<number, number>();
  let total = 0;
  for (let day = FIRST_SUBMISSION; day <= LAST_SUBMISSION; day++) {
    const season = line.months.filter((m) => m === monthOf(day)).length;
    const growth = 1 + (0.5 * (day - FIRST_SUBMISSION)) / (LAST_SUBMISSION - FIRST_SUBMISSION);
    weights.set(day, season * growth);
    total += season * growth;
  }
  for (const [day, weight] of weights) weights.set(day, (target * weight) / total);
  return weights;
}

function decide(rng: Rng, submittedDay: number): { status: Status; decidedDay: number } {
  const decidedDay = submittedDay + rng.int(2, 10);
  if (decidedDay < TODAY_DAY) {
    const status = rng.weighted([["accepted", 78], ["partially_accepted", 15], ["rejected", 7]] as const);
    return { status, decidedDay };
  }
  return { status: submittedDay < TODAY_DAY - 1 && rng.chance(0.15) ? "in_inspection" : "submitted", decidedDay };
}

function draftBatches(rng: Rng, lines: readonly SeedLine[], producers: readonly SeedMember[], plan: BatchPlan): Draft[] {
  const drafts: Draft[] = [];
  for (const line of lines) {
    const pickProducer = producerPool(rng, line, producers);
    const skus = line.skus.map((s) => [s, s.popularity] as const);
    for (const [day, rate] of dailyRates(line, plan.count * line.share)) {
      const count = Math.floor(rate) + (rng.chance(rate % 1) ? 1 : 0);
      for (let i = 0; i < count; i++) {
        const sku = rng.weighted(skus);
        const to = day - rng.int(1, 6);
        const from = Math.max(FIRST_PRODUCTION, to - rng.int(2, 20));
        const [min, max] = line.quantity;
        const top = sku.priceMinor >= 90_000 ? Math.min(max, 30) : max;
        drafts.push({
          line,
          productId: line.productIds.get(sku.sku)!,
          memberId: pickProducer(from).id,
          quantity: min + Math.floor((top - min) * rng.next() ** 2),
          from,
          to,
          submittedAt: momentOn(day, rng.int(9, 18), rng.int(0, 59), plan.utcOffset),
          ...decide(rng, day),
        });
      }
    }
  }
  return drafts.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}

function giveToDemoProducer(rng: Rng, drafts: Draft[], mainLine: string | undefined, plan: BatchPlan): void {
  for (const [status, wanted] of Object.entries(plan.demoBatches) as [Status, number][]) {
    const candidates = drafts.filter((d) => d.status === status && d.line.code === mainLine && d.memberId !== plan.demoMemberId);
    for (let i = 0; i < wanted && candidates.length > 0; i++) {
      const [chosen] = candidates.splice(rng.int(0, candidates.length - 1), 1);
      if (chosen) chosen.memberId = plan.demoMemberId;
    }
  }
}

export function buildBatches(
  rng: Rng,
  associationId: string,
  lines: readonly SeedLine[],
  producers: readonly SeedMember[],
  plan: BatchPlan,
): { batchRows: BatchRow[]; inspectionRows: InspectionRow[]; sequenceRows: SequenceRow[] } {
  const drafts = draftBatches(rng, lines, producers, plan);
  giveToDemoProducer(rng, drafts, lines[0]?.code, plan);
  const sequences = new Map<string, SequenceRow>();
  const batchRows: BatchRow[] = [];
  const inspectionRows: InspectionRow[] = [];
  for (const d of drafts) {
    const year = yearOf(d.to);
    const key = `${d.line.code}-${year}`;
    const sequence = sequences.get(key) ?? { associationId, lineCode: d.line.code, year, lastValue: 0 };
    sequence.lastValue += 1;
    sequences.set(key, sequence);
    const decided = isDecision(d.status);
    const rejected =
      d.status === "rejected" ? d.quantity : d.status === "partially_accepted" ? rng.int(1, Math.max(1, Math.floor(d.quantity / 4))) : 0;
    const id = rng.uuid();
    batchRows.push({
      associationId,
      id,
      lotCode: formatLotCode(d.line.code, year, sequence.lastValue),
      publicCode: newPublicCode((size) => rng.bytes(size)),
      productId: d.productId,
      memberId: d.memberId,
      createdBy: null,
      quantity: d.quantity,
      producedFrom: isoDay(d.from),
      producedTo: isoDay(d.to),
      notes: batchNote(rng, d.line.code),
      status: d.status,
      acceptedQuantity: decided ? d.quantity - rejected : null,
      rejectedQuantity: decided ? rejected : null,
      submittedAt: d.submittedAt,
      createdAt: d.submittedAt,
    });
    if (!isDecision(d.status)) continue;
    inspectionRows.push({
      associationId,
      id: rng.uuid(),
      batchId: id,
      inspectorId: rng.pick(plan.inspectorIds),
      decision: d.status,
      acceptedQuantity: d.quantity - rejected,
      reason:
        d.status === "partially_accepted" ? partialReason(rng, d.line.code, rejected) : d.status === "rejected" ? rejectedReason(rng, d.line.code) : null,
      decidedAt: momentOn(d.decidedDay, rng.int(9, 17), rng.int(0, 59), plan.utcOffset),
    });
  }
  return { batchRows, inspectionRows, sequenceRows: [...sequences.values()] };
}
