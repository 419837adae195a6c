import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { productLines } from "./products";
import { tenantId } from "./tenancy";
import { users } from "./users";

export const templateStatusEnum = pgEnum("checklist_status", ["draft", "published"]);
export const checklistItemKindEnum = pgEnum("checklist_item_kind", [
  "yes_no",
  "measurement",
  "defect_count",
  "text",
  "photo",
]);
export const defectClassEnum = pgEnum("defect_class", ["critical", "major", "minor"]);

/**
 * A product line's QC checklist. A published version is frozen (a trigger refuses changes to it
 * and its items); editing one starts the next version as a draft.
 */
export const checklistTemplates = pgTable(
  "checklist_templates",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    lineId: uuid("line_id").notNull(),
    version: integer("version").notNull(),
    status: templateStatusEnum("status").notNull().default("draft"),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    publishedBy: uuid("published_by"),
    publishedAt: timestamp("published_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("checklist_templates_version_uq").on(t.associationId, t.lineId, t.version),
    uniqueIndex("checklist_templates_one_draft_uq").on(t.associationId, t.lineId).where(sql`${t.status} = 'draft'`),
    foreignKey({ columns: [t.associationId, t.lineId], foreignColumns: [productLines.associationId, productLines.id] }),
    foreignKey({ columns: [t.associationId, t.createdBy], foreignColumns: [users.associationId, users.id] }),
    foreignKey({ columns: [t.associationId, t.publishedBy], foreignColumns: [users.associationId, users.id] }),
  ],
);

export const checklistItems = pgTable(
  "checklist_items",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    templateId: uuid("template_id").notNull(),
    position: integer("position").notNull(),
    kind: checklistItemKindEnum("kind").notNull(),
    /** Null for text and photo items, which record evidence but count no defects. */
    defectClass: defectClassEnum("defect_class"),
    labelEn: text("label_en").notNull(),
    labelRu: text("label_ru").notNull(),
    labelKy: text("label_ky").notNull(),
    guidanceEn: text("guidance_en").notNull().default(""),
    guidanceRu: text("guidance_ru").notNull().default(""),
    guidanceKy: text("guidance_ky").notNull().default(""),
    minValue: doublePrecision("min_value"),
    maxValue: doublePrecision("max_value"),
    unit: text("unit"),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({
      columns: [t.associationId, t.templateId],
      foreignColumns: [checklistTemplates.associationId, checklistTemplates.id],
    }).onDelete("cascade"),
    index("checklist_items_template_idx").on(t.associationId, t.templateId, t.position),
    check("checklist_items_range_ck", sql`${t.minValue} is null or ${t.maxValue} is null or ${t.minValue} <= ${t.maxValue}`),
  ],
);
