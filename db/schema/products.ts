import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantId } from "./tenancy";

export const lineStatusEnum = pgEnum("line_status", ["draft", "active", "retired"]);

export const productLines = pgTable(
  "product_lines",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    code: text("code").notNull(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    nameKy: text("name_ky").notNull(),
    unit: text("unit").notNull(),
    status: lineStatusEnum("status").notNull().default("active"),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.id] }), unique("product_lines_code_uq").on(t.associationId, t.code)],
);

export const products = pgTable(
  "products",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    lineId: uuid("line_id").notNull(),
    sku: text("sku").notNull(),
    articleNumber: text("article_number"),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    nameKy: text("name_ky").notNull(),
    producerPriceMinor: integer("producer_price_minor").notNull(),
    currency: text("currency").notNull(),
    status: lineStatusEnum("status").notNull().default("active"),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("products_sku_uq").on(t.associationId, t.sku),
    foreignKey({ columns: [t.associationId, t.lineId], foreignColumns: [productLines.associationId, productLines.id] }),
    check("products_price_ck", sql`${t.producerPriceMinor} >= 0`),
  ],
);

/** Next number per line and year for lot codes such as FELT-2026-00123. */
export const lotSequences = pgTable(
  "lot_sequences",
  {
    associationId: tenantId(),
    lineCode: text("line_code").notNull(),
    year: integer("year").notNull(),
    lastValue: integer("last_value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.lineCode, t.year] })],
);
