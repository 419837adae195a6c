import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { inspectionPhotos, inspectionResults, inspections } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { checklistVersion, type ChecklistVersion } from "@/lib/checklists/checklist-version";
import { ConflictError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { ownedFileIds } from "@/lib/uploads/owned-file-ids";
import { defectCounts, defectsOf } from "./item-defects";
import type { LockedInspection } from "./lock-inspection";
import type { DefectCounts } from "./outcome";
import type { saveResultsSchema } from "./schemas";
import type { z } from "@/lib/validation/zod-messages";

type Results = z.output<typeof saveResultsSchema>["results"];

async function checkPhotos(tx: Tx, ctx: Ctx, results: Results): Promise<void> {
  const wanted = results.flatMap((r) => r.photoIds ?? []);
  if (wanted.length === 0) return;
  const owned = new Set(await ownedFileIds(tx, ctx, wanted, "inspection_photo"));
  const errors: Record<string, string> = {};
  results.forEach((r, i) => {
    if ((r.photoIds ?? []).some((id) => !owned.has(id))) errors[`results.${i}.photoIds`] = "notYourFile";
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

/**
 * Replaces the answers of an open inspection with `results` and stores the defect counts they
 * add up to. Only the inspector who started it writes to it.
 */
export async function writeResults(
  tx: Tx,
  ctx: Ctx,
  inspection: LockedInspection,
  results: Results,
): Promise<{ counts: DefectCounts; checklist: ChecklistVersion }> {
  if (inspection.status !== "in_progress") throw new ConflictError("inspectionNotOpen");
  if (inspection.inspectorId !== ctx.userId) throw new ConflictError("notYourInspection");
  const checklist = await checklistVersion(tx, ctx, inspection.templateId);
  const items = new Map(checklist.items.map((item) => [item.id, item]));
  const unknown = results.findIndex((r, i) => !items.has(r.itemId) || results.findIndex((o) => o.itemId === r.itemId) !== i);
  if (unknown >= 0) throw new ValidationError({ [`results.${unknown}.itemId`]: "notFound" });
  await checkPhotos(tx, ctx, results);

  const answers = new Map(results.map((r) => [r.itemId, r]));
  const counts = defectCounts(checklist.items, answers);
  const mine = (table: typeof inspectionResults | typeof inspectionPhotos) =>
    scoped(ctx, table, eq(table.inspectionId, inspection.id));
  await tx.delete(inspectionPhotos).where(mine(inspectionPhotos));
  await tx.delete(inspectionResults).where(mine(inspectionResults));
  if (results.length > 0) {
    await tx.insert(inspectionResults).values(
      results.map((r) => ({
        associationId: ctx.associationId,
        inspectionId: inspection.id,
        itemId: r.itemId,
        passed: r.passed ?? null,
        measurements: r.measurements ?? null,
        defectCount: r.defectCount ?? null,
        note: r.note || null,
        defects: defectsOf(items.get(r.itemId)!, r),
      })),
    );
  }
  const photos = results.flatMap((r) => (r.photoIds ?? []).map((fileId) => ({ itemId: r.itemId, fileId })));
  if (photos.length > 0) {
    await tx
      .insert(inspectionPhotos)
      .values(photos.map((p) => ({ associationId: ctx.associationId, inspectionId: inspection.id, ...p })));
  }
  await tx
    .update(inspections)
    .set({ criticalDefects: counts.critical, majorDefects: counts.major, minorDefects: counts.minor })
    .where(scoped(ctx, inspections, eq(inspections.id, inspection.id)));
  return { counts, checklist };
}
