import { db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { lockInspection } from "./lock-inspection";
import { saveResultsSchema, type SaveResultsInput } from "./schemas";
import { writeResults } from "./write-results";

/** Saves the inspector's progress; the inspection stays open. */
export async function saveResults(ctx: Ctx, inspectionId: string, input: SaveResultsInput) {
  authorize(ctx, "inspection.perform");
  const data = saveResultsSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const inspection = await lockInspection(tx, ctx, inspectionId);
    const { counts } = await writeResults(tx, ctx, inspection, data.results);
    await recordAudit(tx, ctx, {
      action: "inspection.resultsSaved",
      entityType: "inspection",
      entityId: inspection.id,
      after: { defects: counts, items: data.results.length },
    });
    return counts;
  });
}
