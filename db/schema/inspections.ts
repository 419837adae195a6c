import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { LotPlans } from "@/lib/qc/decision";
import { batches } from "./batches";
import { checklistItems, checklistTemplates } from "./checklists";
import { files } from "./files";
import { inspectionLevelEnum } from "./products";
import { tenantId } from "./tenancy";
import { users } from "./users";

export const inspectionStatusEnum = pgEnum("inspection_status", ["in_progress", "awaiting_approval", "approved"]);
export const inspectionOutcomeEnum = pgEnum("inspection_outcome", ["accept", "partially_accept", "reject", "rework"]);


/**
 * One inspection of one submission of a batch. At most one is open per batch; an approved one is
 * frozen by a trigger and is where the batch's accepted and rejected quantities come from.
 */
export const inspections = pgTable(
  "inspections",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    batchId: uuid("batch_id").notNull(),
    templateId: uuid("template_id").notNull(),
    inspectorId: uuid("inspector_id").notNull(),
    status: inspectionStatusEnum("status").notNull().default("in_progress"),
    lotSize: integer("lot_size").notNull(),
    level: inspectionLevelEnum("level").notNull(),
    sampleSize: integer("sample_size").notNull(),
    plan: jsonb("plan").$type<LotPlans>().notNull(),
    criticalDefects: integer("critical_defects").notNull().default(0),
    majorDefects: integer("major_defects").notNull().default(0),
    minorDefects: integer("minor_defects").notNull().default(0),
    computedOutcome: inspectionOutcomeEnum("computed_outcome"),
    outcome: inspectionOutcomeEnum("outcome"),
    overrideReason: text("override_reason"),
    acceptedQuantity: integer("accepted_quantity"),
    /** What the producer reads: why the batch was rejected or sent back. */
    remarks: text("remarks"),
    startedAt: timestamp("started_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true, precision: 3 }),
    approverId: uuid("approver_id"),
    approvedAt: timestamp("approved_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.batchId], foreignColumns: [batches.associationId, batches.id] }),
    foreignKey({
      columns: [t.associationId, t.templateId],
      foreignColumns: [checklistTemplates.associationId, checklistTemplates.id],
    }),
    foreignKey({ columns: [t.associationId, t.inspectorId], foreignColumns: [users.associationId, users.id] }),
    foreignKey({ columns: [t.associationId, t.approverId], foreignColumns: [users.associationId, users.id] }),
    uniqueIndex("inspections_one_open_uq").on(t.associationId, t.batchId).where(sql`${t.status} <> 'approved'`),
    index("inspections_batch_idx").on(t.associationId, t.batchId, t.startedAt),
    index("inspections_status_idx").on(t.associationId, t.status, t.submittedAt, t.id),
    check("inspections_four_eyes_ck", sql`${t.approverId} is null or ${t.approverId} <> ${t.inspectorId}`),
    check("inspections_qty_ck", sql`${t.acceptedQuantity} is null or (${t.acceptedQuantity} between 0 and ${t.lotSize})`),
  ],
);

/** The inspector's answer to one checklist item and the defects it counts. */
export const inspectionResults = pgTable(
  "inspection_results",
  {
    associationId: tenantId(),
    inspectionId: uuid("inspection_id").notNull(),
    itemId: uuid("item_id").notNull(),
    passed: boolean("passed"),
    measurements: doublePrecision("measurements").array(),
    defectCount: integer("defect_count"),
    note: text("note"),
    defects: integer("defects").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.inspectionId, t.itemId] }),
    foreignKey({ columns: [t.associationId, t.inspectionId], foreignColumns: [inspections.associationId, inspections.id] }),
    foreignKey({ columns: [t.associationId, t.itemId], foreignColumns: [checklistItems.associationId, checklistItems.id] }),
    check("inspection_results_defects_ck", sql`${t.defects} >= 0`),
  ],
);

export const inspectionPhotos = pgTable(
  "inspection_photos",
  {
    associationId: tenantId(),
    inspectionId: uuid("inspection_id").notNull(),
    itemId: uuid("item_id").notNull(),
    fileId: uuid("file_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.inspectionId, t.fileId] }),
    foreignKey({ columns: [t.associationId, t.inspectionId], foreignColumns: [inspections.associationId, inspections.id] }),
    foreignKey({ columns: [t.associationId, t.itemId], foreignColumns: [checklistItems.associationId, checklistItems.id] }),
    foreignKey({ columns: [t.associationId, t.fileId], foreignColumns: [files.associationId, files.id] }),
  ],
);
