import type { inspectionResults } from "@/db/schema";
import { defectsOf, type ItemAnswer } from "@/lib/inspections/item-defects";
import { DEFECT_CLASSES, type DefectClass, type LotPlans } from "@/lib/qc/decision";
import type { ItemDef, Range } from "./checklists";
import type { Rng } from "./random";
import type { SeedItem } from "./template-rows";

type ItemResult = Omit<typeof inspectionResults.$inferInsert, "associationId" | "inspectionId">;
type Counts = Record<DefectClass, number>;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** Most defects one item can record: a "no" is one, a reading or a count at most one per sampled unit. */
function itemCapacity(def: ItemDef, plans: LotPlans): number {
  if (!def.defectClass) return 0;
  return def.kind === "yes_no" ? 1 : plans[def.defectClass].sampleSize;
}

/** Most defects of each class the checklist can record on this sample, and no more than the sample's units. */
export function defectCapacity(items: readonly SeedItem[], plans: LotPlans): Counts {
  const capacity = (c: DefectClass) =>
    Math.min(plans[c].sampleSize, items.filter((i) => i.def.defectClass === c).reduce((sum, i) => sum + itemCapacity(i.def, plans), 0));
  return { critical: capacity("critical"), major: capacity("major"), minor: capacity("minor") };
}

/** One reading per sampled unit, `outside` of them out of specification. */
function readings(rng: Rng, range: Range, units: number, outside: number): number[] {
  const [low, high] = range.typical;
  const width = high - low;
  const values = Array.from({ length: units }, (_, unit) => {
    if (unit >= outside) return round(low + width * rng.next(), range.decimals);
    const step = width * (0.1 + 0.4 * rng.next());
    const above = range.max !== null && (range.min === null || rng.chance(0.5));
    return round(above ? range.max! + step : range.min! - step, range.decimals);
  });
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}

/** Each defect of a class goes to one of the checklist's items of that class that can still take one. */
function spreadDefects(rng: Rng, items: readonly SeedItem[], plans: LotPlans, counts: Counts): Map<string, number> {
  const perItem = new Map<string, number>();
  for (const defectClass of DEFECT_CLASSES) {
    for (let n = 0; n < counts[defectClass]; n++) {
      const open = items.filter((i) => i.def.defectClass === defectClass && (perItem.get(i.id) ?? 0) < itemCapacity(i.def, plans));
      const item = rng.pick(open);
      perItem.set(item.id, (perItem.get(item.id) ?? 0) + 1);
    }
  }
  return perItem;
}

function answer(rng: Rng, def: ItemDef, plans: LotPlans, defects: number): ItemAnswer {
  switch (def.kind) {
    case "yes_no":
      return { passed: defects === 0 };
    case "defect_count":
      return { defectCount: defects };
    case "measurement":
      return { measurements: readings(rng, def.range!, plans[def.defectClass!].sampleSize, defects) };
    case "text":
    case "photo":
      return {};
  }
}

/** The inspector's answer to every item of the checklist, with the defects adding up to `counts`. */
export function itemResults(rng: Rng, items: readonly SeedItem[], plans: LotPlans, counts: Counts): ItemResult[] {
  const perItem = spreadDefects(rng, items, plans, counts);
  return items.map(({ id, def }) => {
    const wanted = perItem.get(id) ?? 0;
    const given = answer(rng, def, plans, wanted);
    const rule = { id, kind: def.kind, defectClass: def.defectClass, minValue: def.range?.min ?? null, maxValue: def.range?.max ?? null };
    const defects = defectsOf(rule, given);
    if (defects !== wanted) throw new Error(`Seeded answer to "${def.label.en}" counts ${defects} defects instead of ${wanted}`);
    return { itemId: id, passed: given.passed ?? null, measurements: given.measurements ? [...given.measurements] : null, defectCount: given.defectCount ?? null, defects };
  });
}
