import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { files } from "./files";
import { villages } from "./geography";
import { producerGroups } from "./members";
import { productLines } from "./products";
import { tenantId } from "./tenancy";
import { users } from "./users";

export const ideaStageEnum = pgEnum("idea_stage", [
  "idea",
  "sample",
  "committee_review",
  "changes_requested",
  "approved",
  "declined",
]);

/**
 * A product idea on its way to the catalogue: proposed by a coordinator or a producer group, made
 * as a sample, reviewed by the committee, then approved (and turned into a draft product line) or
 * declined with reasons.
 */
export const productIdeas = pgTable(
  "product_ideas",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    villageId: uuid("village_id"),
    groupId: uuid("group_id"),
    localMaterials: text("local_materials").notNull(),
    technique: text("technique").notNull(),
    intendedMarket: text("intended_market").notNull(),
    targetPriceMinor: integer("target_price_minor"),
    currency: text("currency").notNull(),
    notes: text("notes"),
    stage: ideaStageEnum("stage").notNull().default("idea"),
    version: integer("version").notNull().default(1),
    declineReason: text("decline_reason"),
    productLineId: uuid("product_line_id"),
    proposedBy: uuid("proposed_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.villageId], foreignColumns: [villages.associationId, villages.id] }),
    foreignKey({ columns: [t.associationId, t.groupId], foreignColumns: [producerGroups.associationId, producerGroups.id] }),
    foreignKey({ columns: [t.associationId, t.productLineId], foreignColumns: [productLines.associationId, productLines.id] }),
    foreignKey({ columns: [t.associationId, t.proposedBy], foreignColumns: [users.associationId, users.id] }),
    index("product_ideas_stage_idx").on(t.associationId, t.stage, t.updatedAt),
    check("product_ideas_price_ck", sql`${t.targetPriceMinor} is null or ${t.targetPriceMinor} >= 0`),
    check(
      "product_ideas_declined_ck",
      sql`(${t.stage} = 'declined') = (${t.declineReason} is not null)`,
    ),
  ],
);

export const ideaPhotos = pgTable(
  "idea_photos",
  {
    associationId: tenantId(),
    ideaId: uuid("idea_id").notNull(),
    fileId: uuid("file_id").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.ideaId, t.fileId] }),
    foreignKey({ columns: [t.associationId, t.ideaId], foreignColumns: [productIdeas.associationId, productIdeas.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.associationId, t.fileId], foreignColumns: [files.associationId, files.id] }),
  ],
);
