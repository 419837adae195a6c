import { and, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { checklistItems, checklistTemplates, inspectionResults, inspections } from "@/db/schema";
import { insertChunked } from "./insert";
import type { InspectionRound } from "./inspections";
import type { SeedTemplate } from "./template-rows";

// Triggers freeze published checklists and approved inspections, the rows under them included:
// both are written unfrozen with their rows first and then published or approved.

/** One version number at a time, as a line may have only one draft. */
export async function insertPublishedChecklists(
  tx: Tx,
  templates: readonly SeedTemplate[],
): Promise<{ checklistTemplates: number; checklistItems: number }> {
  const versions = [...new Set(templates.map((t) => t.row.version))].sort((a, b) => a - b);
  let items = 0;
  for (const version of versions) {
    const batch = templates.filter((t) => t.row.version === version);
    await insertChunked(tx, checklistTemplates, batch.map((t) => t.row));
    items += await insertChunked(tx, checklistItems, batch.flatMap((t) => t.itemRows));
    for (const t of batch) {
      await tx
        .update(checklistTemplates)
        .set({ status: "published", publishedBy: t.publishedBy, publishedAt: t.publishedAt })
        .where(and(eq(checklistTemplates.associationId, t.row.associationId), eq(checklistTemplates.id, t.row.id!)));
    }
  }
  return { checklistTemplates: templates.length, checklistItems: items };
}

/**
 * Round by round, as a batch may have only one open inspection: earlier rounds are approved first.
 * Approved inspections without answers are written approved straight away.
 */
export async function insertInspections(
  tx: Tx,
  associationId: string,
  rounds: readonly InspectionRound[],
): Promise<{ inspections: number; inspectionResults: number }> {
  const counts = { inspections: 0, inspectionResults: 0 };
  for (const round of rounds) {
    const answered = new Set(round.results.map((r) => r.inspectionId));
    const unfrozen = round.inspections.map((row) =>
      row.status === "approved" && answered.has(row.id!) ? { ...row, status: "awaiting_approval" as const } : row,
    );
    counts.inspections += await insertChunked(tx, inspections, unfrozen);
    counts.inspectionResults += await insertChunked(tx, inspectionResults, round.results);
    await tx
      .update(inspections)
      .set({ status: "approved" })
      .where(and(eq(inspections.associationId, associationId), eq(inspections.status, "awaiting_approval"), isNotNull(inspections.approverId)));
  }
  return counts;
}
