import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { auditEvents, batches, inspectionPhotos, inspectionResults, inspections, members, productLines, products, users, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { checklistVersion } from "@/lib/checklists/checklist-version";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { localName } from "@/lib/i18n/locales";
import { nameColumns } from "@/lib/i18n/name-columns";
import { computedDecision } from "@/lib/qc/decision";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

const approvers = alias(users, "approvers");

/** Everything the inspection screen shows: the lot, the plan, the checklist version used and the answers. */
export async function getInspection(ctx: Ctx, inspectionId: string) {
  authorize(ctx, "inspection.queue");
  if (!isUuid(inspectionId)) throw new NotFoundError();
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .select({
        inspection: inspections,
        inspectorName: users.name,
        approverName: approvers.name,
        batch: {
          id: batches.id,
          lotCode: batches.lotCode,
          quantity: batches.quantity,
          status: batches.status,
          producedFrom: batches.producedFrom,
          producedTo: batches.producedTo,
        },
        unit: productLines.unit,
        product: nameColumns(products),
        producerName: members.fullName,
        village: nameColumns(villages),
      })
      .from(inspections)
      .innerJoin(batches, tenantJoin(batches, inspections, inspections.batchId))
      .innerJoin(products, tenantJoin(products, batches, batches.productId))
      .innerJoin(productLines, tenantJoin(productLines, products, products.lineId))
      .innerJoin(members, tenantJoin(members, batches, batches.memberId))
      .innerJoin(villages, tenantJoin(villages, members, members.villageId))
      .innerJoin(users, tenantJoin(users, inspections, inspections.inspectorId))
      .leftJoin(approvers, tenantJoin(approvers, inspections, inspections.approverId))
      .where(scoped(ctx, inspections, eq(inspections.id, inspectionId)));
    if (!row) throw new NotFoundError();
    const checklist = await checklistVersion(tx, ctx, row.inspection.templateId);
    const results = await tx
      .select()
      .from(inspectionResults)
      .where(scoped(ctx, inspectionResults, eq(inspectionResults.inspectionId, inspectionId)));
    const photos = await tx
      .select({ itemId: inspectionPhotos.itemId, fileId: inspectionPhotos.fileId })
      .from(inspectionPhotos)
      .where(scoped(ctx, inspectionPhotos, eq(inspectionPhotos.inspectionId, inspectionId)));
    const [sentBack] = await tx
      .select({ after: auditEvents.after, at: auditEvents.createdAt })
      .from(auditEvents)
      .where(
        scoped(
          ctx,
          auditEvents,
          and(eq(auditEvents.entityType, "inspection"), eq(auditEvents.entityId, inspectionId), eq(auditEvents.action, "inspection.sentBack")),
        ),
      )
      .orderBy(desc(auditEvents.createdAt))
      .limit(1);
    const { inspection } = row;
    const counts = { critical: inspection.criticalDefects, major: inspection.majorDefects, minor: inspection.minorDefects };
    return {
      ...inspection,
      inspectorName: row.inspectorName,
      approverName: row.approverName,
      batch: { ...row.batch, unit: row.unit, productName: localName(row.product, ctx.locale), producerName: row.producerName, villageName: localName(row.village, ctx.locale) },
      checklist,
      results: results.map((r) => ({ ...r, photoIds: photos.filter((p) => p.itemId === r.itemId).map((p) => p.fileId) })),
      counts,
      countsDecision: computedDecision(counts, inspection.plan),
      sentBackNote: inspection.status === "in_progress" && sentBack ? ((sentBack.after as { note?: string }).note ?? null) : null,
    };
  });
}

export type InspectionDetails = Awaited<ReturnType<typeof getInspection>>;
