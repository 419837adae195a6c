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
  uuid,
} from "drizzle-orm/pg-core";
import { batches } from "./batches";
import { products } from "./products";
import { tenantId } from "./tenancy";
import { users } from "./users";

/** A buyer of the association's goods, e.g. Ryohin Keikaku (MUJI) in Japan. */
export const buyers = pgTable(
  "buyers",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    countryCode: text("country_code").notNull(),
    contactName: text("contact_name"),
    email: text("email"),
    phone: text("phone"),
    address: text("address"),
    currency: text("currency").notNull(),
    status: text("status", { enum: ["active", "archived"] }).notNull().default("active"),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.id] }), unique("buyers_name_uq").on(t.associationId, t.name)],
);

/** The article number a buyer uses for one of our products. */
export const buyerArticles = pgTable(
  "buyer_articles",
  {
    associationId: tenantId(),
    buyerId: uuid("buyer_id").notNull(),
    productId: uuid("product_id").notNull(),
    articleNumber: text("article_number").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.buyerId, t.productId] }),
    foreignKey({ columns: [t.associationId, t.buyerId], foreignColumns: [buyers.associationId, buyers.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.associationId, t.productId], foreignColumns: [products.associationId, products.id] }),
  ],
);

export const incotermEnum = pgEnum("incoterm", ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"]);
export const shipmentStatusEnum = pgEnum("shipment_status", ["planning", "packed", "shipped", "delivered", "closed", "cancelled"]);

/** An export shipment (EXP-2026-007); from "shipped" on it is read-only. */
export const shipments = pgTable(
  "shipments",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    code: text("code").notNull(),
    buyerId: uuid("buyer_id").notNull(),
    /** The market whose approved labels its products need: a market code of lib/labels/markets. */
    market: text("market").notNull(),
    destination: text("destination").notNull(),
    incoterm: incotermEnum("incoterm").notNull(),
    currency: text("currency").notNull(),
    plannedDate: date("planned_date").notNull(),
    status: shipmentStatusEnum("status").notNull().default("planning"),
    notes: text("notes"),
    shippedAt: timestamp("shipped_at", { withTimezone: true, precision: 3 }),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("shipments_code_uq").on(t.associationId, t.code),
    foreignKey({ columns: [t.associationId, t.buyerId], foreignColumns: [buyers.associationId, buyers.id] }),
    foreignKey({ columns: [t.associationId, t.createdBy], foreignColumns: [users.associationId, users.id] }),
    index("shipments_status_idx").on(t.associationId, t.status, t.plannedDate),
  ],
);

/** Next number per year for shipment codes such as EXP-2026-007. */
export const shipmentSequences = pgTable(
  "shipment_sequences",
  {
    associationId: tenantId(),
    year: integer("year").notNull(),
    lastValue: integer("last_value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.year] })],
);

export const shipmentLines = pgTable(
  "shipment_lines",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    shipmentId: uuid("shipment_id").notNull(),
    productId: uuid("product_id").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceMinor: integer("unit_price_minor").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("shipment_lines_product_uq").on(t.associationId, t.shipmentId, t.productId),
    foreignKey({ columns: [t.associationId, t.shipmentId], foreignColumns: [shipments.associationId, shipments.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.associationId, t.productId], foreignColumns: [products.associationId, products.id] }),
    check("shipment_lines_quantity_ck", sql`${t.quantity} > 0`),
    check("shipment_lines_price_ck", sql`${t.unitPriceMinor} >= 0`),
  ],
);

/**
 * Part of a line taken from one accepted batch. `batches.allocated_quantity` carries the running
 * total, and its CHECK keeps it within the accepted quantity whatever runs concurrently.
 */
export const allocations = pgTable(
  "allocations",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    shipmentLineId: uuid("shipment_line_id").notNull(),
    batchId: uuid("batch_id").notNull(),
    quantity: integer("quantity").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("allocations_line_batch_uq").on(t.associationId, t.shipmentLineId, t.batchId),
    foreignKey({ columns: [t.associationId, t.shipmentLineId], foreignColumns: [shipmentLines.associationId, shipmentLines.id] }),
    foreignKey({ columns: [t.associationId, t.batchId], foreignColumns: [batches.associationId, batches.id] }),
    index("allocations_batch_idx").on(t.associationId, t.batchId),
    check("allocations_quantity_ck", sql`${t.quantity} > 0`),
  ],
);
