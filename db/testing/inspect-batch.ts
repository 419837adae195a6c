import type { ChecklistVersion } from "@/lib/checklists/checklist-version";
import { approveInspection } from "@/lib/inspections/approve-inspection";
import { getInspection } from "@/lib/inspections/get-inspection";
import type { ItemResultInput, SubmitInspectionInput } from "@/lib/inspections/schemas";
import { startInspection } from "@/lib/inspections/start-inspection";
import { submitInspection } from "@/lib/inspections/submit-inspection";
import type { Tenant } from "./factories";

type ItemKind = ChecklistVersion["items"][number]["kind"];

/** Answers every item of a checklist as a pass, with replacements per item kind. */
export function passingAnswers(
  checklist: Pick<ChecklistVersion, "items">,
  overrides: Partial<Record<ItemKind, Partial<ItemResultInput>>> = {},
): ItemResultInput[] {
  return checklist.items.map((item) => {
    const base: ItemResultInput =
      item.kind === "yes_no"
        ? { itemId: item.id, passed: true }
        : item.kind === "measurement"
          ? { itemId: item.id, measurements: [item.minValue ?? item.maxValue ?? 0] }
          : item.kind === "defect_count"
            ? { itemId: item.id, defectCount: 0 }
            : { itemId: item.id, note: "ok" };
    return { ...base, ...overrides[item.kind] };
  });
}

/**
 * Takes a submitted batch through the real workflow: the tenant's coordinator inspects with
 * passing answers and the given decision, the second coordinator approves.
 */
export async function inspectBatch(t: Tenant, batchId: string, decision: Omit<SubmitInspectionInput, "results">) {
  const { id } = await startInspection(t.coordinator, batchId);
  const details = await getInspection(t.coordinator, id);
  await submitInspection(t.coordinator, id, { results: passingAnswers(details.checklist), ...decision });
  return approveInspection(t.coordinator2, id);
}
