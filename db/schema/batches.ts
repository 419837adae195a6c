import { sql } from "drizzle-orm";
import {
  check,
  date,
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
import { files } from "./files";
import { materials } from "./materials";
import { members } from "./members";
import { products } from "./products";
import { tenantId } from "./tenancy";
import { users } from "./users";

export const batchStatusEnum = pgEnum("batch_status", [
  "draft",
  "submitted",
  "in_inspection",
  "accepted",
  "partially_accepted",
  "rejected",
  "rework",
]);

export const batches = pgTable(
  "batches",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    lotCode: text("lot_code").notNull(),
    publicCode: text("public_code").notNull(),
    productId: uuid("product_id").notNull(),
    memberId: uuid("member_id").notNull(),
    createdBy: uuid("created_by"),
    quantity: integer("quantity").notNull(),
    producedFrom: date("produced_from", { mode: "string" }).notNull(),
    producedTo: date("produced_to", { mode: "string" }).notNull(),
    notes: text("notes"),
    status: batchStatusEnum("status").notNull().default("submitted"),
    acceptedQuantity: integer("accepted_quantity"),
    rejectedQuantity: integer("rejected_quantity"),
    /** Sum of this batch's allocations to shipments that are not cancelled. */
    allocatedQuantity: integer("allocated_quantity").notNull().default(0),
    clientRequestId: text("client_request_id"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, precision: 3 }),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("batches_lot_code_uq").on(t.associationId, t.lotCode),
    uniqueIndex("batches_public_code_uq").on(t.publicCode),
    unique("batches_client_request_uq").on(t.associationId, t.clientRequestId),
    foreignKey({ columns: [t.associationId, t.productId], foreignColumns: [products.associationId, products.id] }),
    foreignKey({ columns: [t.associationId, t.memberId], foreignColumns: [members.associationId, members.id] }),
    foreignKey({ columns: [t.associationId, t.createdBy], foreignColumns: [users.associationId, users.id] }),
    index("batches_member_idx").on(t.associationId, t.memberId, t.createdAt, t.id),
    index("batches_status_idx").on(t.associationId, t.status, t.submittedAt, t.id),
    index("batches_produced_idx").on(t.associationId, t.producedTo, t.id),
    index("batches_created_idx").on(t.associationId, t.createdAt, t.id),
    index("batches_status_created_idx").on(t.associationId, t.status, t.createdAt, t.id),
    index("batches_product_idx").on(t.associationId, t.productId, t.createdAt, t.id),
    index("batches_submitted_idx").on(t.associationId, t.submittedAt, t.id),
    check("batches_quantity_ck", sql`${t.quantity} > 0`),
    check(
      "batches_allocated_ck",
      sql`${t.allocatedQuantity} >= 0 and ${t.allocatedQuantity} <= coalesce(${t.acceptedQuantity}, 0)`,
    ),
    check("batches_dates_ck", sql`${t.producedFrom} <= ${t.producedTo}`),
    check(
      "batches_decided_qty_ck",
      sql`${t.acceptedQuantity} is null or (${t.acceptedQuantity} >= 0 and ${t.acceptedQuantity} + ${t.rejectedQuantity} = ${t.quantity})`,
    ),
  ],
);

/** Materials and dye lots a batch was made from, limited by the UI to its line's allowed materials. */
export const batchMaterials = pgTable(
  "batch_materials",
  {
    associationId: tenantId(),
    batchId: uuid("batch_id").notNull(),
    materialId: uuid("material_id").notNull(),
    dyeLot: text("dye_lot"),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.batchId, t.materialId] }),
    foreignKey({ columns: [t.associationId, t.batchId], foreignColumns: [batches.associationId, batches.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.associationId, t.materialId], foreignColumns: [materials.associationId, materials.id] }),
  ],
);

export const batchPhotos = pgTable(
  "batch_photos",
  {
    associationId: tenantId(),
    batchId: uuid("batch_id").notNull(),
    fileId: uuid("file_id").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.batchId, t.fileId] }),
    foreignKey({ columns: [t.associationId, t.batchId], foreignColumns: [batches.associationId, batches.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.associationId, t.fileId], foreignColumns: [files.associationId, files.id] }),
  ],
);
