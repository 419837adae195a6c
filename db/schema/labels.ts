import { sql } from "drizzle-orm";
import {
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
import { files } from "./files";
import { products } from "./products";
import { tenantId } from "./tenancy";
import { users } from "./users";

export const labelKindEnum = pgEnum("label_kind", ["hang_tag", "care_label", "box", "sticker"]);
export const labelStatusEnum = pgEnum("label_status", [
  "draft",
  "in_review",
  "changes_requested",
  "approved",
  "superseded",
  "retired",
]);

/**
 * A label or packaging design for one product and one target market (a market code of
 * lib/labels/markets). `fields` holds the structured text per language; `version` is the number
 * the next submission carries. An approved design is frozen: changes go into a revision that
 * supersedes it once approved.
 */
export const labelDesigns = pgTable(
  "label_designs",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    productId: uuid("product_id").notNull(),
    market: text("market").notNull(),
    kind: labelKindEnum("kind").notNull(),
    status: labelStatusEnum("status").notNull().default("draft"),
    version: integer("version").notNull().default(1),
    fields: jsonb("fields").notNull().default(sql`'{}'::jsonb`),
    revisionOf: uuid("revision_of"),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    approvedAt: timestamp("approved_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.productId], foreignColumns: [products.associationId, products.id] }),
    foreignKey({ columns: [t.associationId, t.revisionOf], foreignColumns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.createdBy], foreignColumns: [users.associationId, users.id] }),
    uniqueIndex("label_designs_one_current_uq")
      .on(t.associationId, t.productId, t.market, t.kind)
      .where(sql`${t.status} = 'approved'`),
    index("label_designs_product_idx").on(t.associationId, t.productId, t.market),
  ],
);

/** Artwork files (PDF, PNG, SVG) of a design, in the order the designer put them. */
export const labelArtwork = pgTable(
  "label_artwork",
  {
    associationId: tenantId(),
    designId: uuid("design_id").notNull(),
    fileId: uuid("file_id").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.designId, t.fileId] }),
    foreignKey({ columns: [t.associationId, t.designId], foreignColumns: [labelDesigns.associationId, labelDesigns.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.associationId, t.fileId], foreignColumns: [files.associationId, files.id] }),
  ],
);
