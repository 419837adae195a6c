import type { batchMaterials, batches, lotSequences } from "@/db/schema";
import { formatLotCode, newPublicCode } from "@/lib/batches/lot-code";
import { drawMaterials, type SeedMaterial } from "./batch-materials";
import { dayNumber, isoDay, momentOn, monthOf, TODAY_DAY, yearOf } from "./calendar";
import type { LineDef, SkuDef } from "./catalog";
import type { SeedMember } from "./members";
import type { Rng } from "./random";
import { batchNote } from "./reasons";

type BatchRow = typeof batches.$inferInsert;
type BatchMaterialRow = typeof batchMaterials.$inferInsert;
type SequenceRow = typeof lotSequences.$inferInsert;

export type Decision = "accepted" | "partially_accepted" | "rejected";
/** A batch's status, with an inspection waiting for approval told apart from one under way. */
export type SeedState = "draft" | "submitted" | "in_inspection" | "awaiting_approval" | "rework" | Decision;

export type SeedLine = LineDef & { id: string; productIds: Map<string, string> };

export type BatchPlan = {
  count: number;
  utcOffset: number;
  demoMemberId: string;
  /** Batches moved to the demo producer, by state, so every state shows on their screens. */
  demoBatches: Partial<Record<SeedState, number>>;
};

/**
 * The days of a batch's life. `inspectedDay` is when its current (or last) inspection started;
 * a batch sent back for rework earlier had that inspection on `reworkedDay` and was resubmitted
 * on `resubmittedDay`.
 */
type Timeline = { state: SeedState; inspectedDay: number; reworkedDay?: number; resubmittedDay?: number };

/** What the inspections need to know about a batch; `row` still lacks the decided quantities. */
export type SeedBatch = Timeline & { id: string; line: SeedLine; quantity: number; row: BatchRow };

type Draft = Timeline & {
  line: SeedLine;
  sku: SkuDef;
  memberId: string;
  quantity: number;
  from: number;
  to: number;
  createdAt: Date;
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

function decided(rng: Rng, day: number, inspectedDay: number): Timeline {
  // Inspected in the last days: some wait for a second coordinator's approval, some were sent back.
  if (inspectedDay >= TODAY_DAY - 2 && rng.chance(0.4)) return { state: "awaiting_approval", inspectedDay };
  if (inspectedDay >= TODAY_DAY - 14 && rng.chance(0.06)) return { state: "rework", inspectedDay };
  const state = rng.weighted([["accepted", 78], ["partially_accepted", 15], ["rejected", 7]] as const);
  if (rng.chance(0.04)) {
    const reworkedDay = day + rng.int(1, 3);
    const resubmittedDay = reworkedDay + rng.int(2, 6);
    const finalDay = resubmittedDay + rng.int(1, 4);
    if (finalDay < TODAY_DAY) return { state, inspectedDay: finalDay, reworkedDay, resubmittedDay };
  }
  return { state, inspectedDay };
}

function timeline(rng: Rng, day: number): Timeline {
  const inspectedDay = day + rng.int(2, 10);
  if (inspectedDay < TODAY_DAY) return decided(rng, day, inspectedDay);
  if (day >= TODAY_DAY - 7 && rng.chance(0.15)) return { state: "draft", inspectedDay };
  if (day < TODAY_DAY - 1 && rng.chance(0.15)) return { state: "in_inspection", inspectedDay: rng.int(day + 1, TODAY_DAY - 1) };
  return { state: "submitted", inspectedDay };
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
          sku,
          memberId: pickProducer(from).id,
          quantity: min + Math.floor((top - min) * rng.next() ** 2),
          from,
          to,
          createdAt: momentOn(day, rng.int(9, 18), rng.int(0, 59), plan.utcOffset),
          ...timeline(rng, day),
        });
      }
    }
  }
  return drafts.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function giveToDemoProducer(rng: Rng, drafts: Draft[], mainLine: string | undefined, plan: BatchPlan): void {
  for (const [state, wanted] of Object.entries(plan.demoBatches) as [SeedState, number][]) {
    const candidates = drafts.filter((d) => d.state === state && d.line.code === mainLine && d.memberId !== plan.demoMemberId);
    for (let i = 0; i < wanted && candidates.length > 0; i++) {
      const [chosen] = candidates.splice(rng.int(0, candidates.length - 1), 1);
      if (chosen) chosen.memberId = plan.demoMemberId;
    }
  }
}

function submittedAt(rng: Rng, d: Draft, utcOffset: number): Date | null {
  if (d.state === "draft") return null;
  if (d.resubmittedDay === undefined) return d.createdAt;
  return momentOn(d.resubmittedDay, rng.int(9, 18), rng.int(0, 59), utcOffset);
}

export function buildBatches(
  rng: Rng,
  associationId: string,
  lines: readonly SeedLine[],
  materials: ReadonlyMap<string, SeedMaterial>,
  producers: readonly SeedMember[],
  plan: BatchPlan,
): { batches: SeedBatch[]; materialRows: BatchMaterialRow[]; sequenceRows: SequenceRow[] } {
  const drafts = draftBatches(rng, lines, producers, plan);
  giveToDemoProducer(rng, drafts, lines[0]?.code, plan);
  const sequences = new Map<string, SequenceRow>();
  const seedBatches: SeedBatch[] = [];
  const materialRows: BatchMaterialRow[] = [];
  for (const d of drafts) {
    const year = yearOf(d.to);
    const key = `${d.line.code}-${year}`;
    const sequence = sequences.get(key) ?? { associationId, lineCode: d.line.code, year, lastValue: 0 };
    sequence.lastValue += 1;
    sequences.set(key, sequence);
    const id = rng.uuid();
    const producedFrom = isoDay(d.from);
    const used = drawMaterials(rng, d.sku.recipe ?? d.line.recipe, materials, producedFrom);
    materialRows.push(...used.map(({ material, dyeLot }) => ({ associationId, batchId: id, materialId: material.id, dyeLot })));
    const submitted = submittedAt(rng, d, plan.utcOffset);
    const { line, quantity, state, inspectedDay, reworkedDay, resubmittedDay } = d;
    seedBatches.push({
      id,
      line,
      quantity,
      state,
      inspectedDay,
      reworkedDay,
      resubmittedDay,
      row: {
        associationId,
        id,
        lotCode: formatLotCode(line.code, year, sequence.lastValue),
        publicCode: newPublicCode((size) => rng.bytes(size)),
        productId: line.productIds.get(d.sku.sku)!,
        memberId: d.memberId,
        createdBy: null,
        quantity,
        producedFrom,
        producedTo: isoDay(d.to),
        notes: batchNote(rng, used.filter((u) => u.material.kind === "dye").map((u) => u.material.nameRu)),
        status: state === "awaiting_approval" ? "in_inspection" : state,
        acceptedQuantity: null,
        rejectedQuantity: null,
        submittedAt: submitted,
        createdAt: d.createdAt,
        updatedAt: submitted ?? d.createdAt,
      },
    });
  }
  return { batches: seedBatches, materialRows, sequenceRows: [...sequences.values()] };
}
