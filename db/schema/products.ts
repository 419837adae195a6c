import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  foreignKey,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { files } from "./files";
import { tenantId } from "./tenancy";

export const lineStatusEnum = pgEnum("line_status", ["draft", "active", "retired"]);
export const lineCategoryEnum = pgEnum("line_category", ["textile", "felt_toy", "food", "cosmetics", "craft"]);
export const inspectionLevelEnum = pgEnum("inspection_level", ["I", "II", "III", "S-1", "S-2", "S-3", "S-4"]);

export const productLines = pgTable(
  "product_lines",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    code: text("code").notNull(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    nameKy: text("name_ky").notNull(),
    category: lineCategoryEnum("category").notNull().default("craft"),
    unit: text("unit").notNull(),
    status: lineStatusEnum("status").notNull().default("active"),
    inspectionLevel: inspectionLevelEnum("inspection_level").notNull().default("II"),
    /** Harmonized System code for customs documents, e.g. 6307.90 for made-up felt articles. */
    hsCode: text("hs_code"),
    aqlCritical: doublePrecision("aql_critical").notNull().default(0),
    aqlMajor: doublePrecision("aql_major").notNull().default(2.5),
    aqlMinor: doublePrecision("aql_minor").notNull().default(4),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
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
    /** Japanese name for export documents and labels, where known. */
    nameJa: text("name_ja"),
    producerPriceMinor: integer("producer_price_minor").notNull(),
    currency: text("currency").notNull(),
    status: lineStatusEnum("status").notNull().default("active"),
    lengthMm: integer("length_mm"),
    widthMm: integer("width_mm"),
    heightMm: integer("height_mm"),
    sizeToleranceMm: integer("size_tolerance_mm"),
    weightG: integer("weight_g"),
    weightToleranceG: integer("weight_tolerance_g"),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
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

export const productPhotos = pgTable(
  "product_photos",
  {
    associationId: tenantId(),
    productId: uuid("product_id").notNull(),
    fileId: uuid("file_id").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.productId, t.fileId] }),
    foreignKey({ columns: [t.associationId, t.productId], foreignColumns: [products.associationId, products.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.associationId, t.fileId], foreignColumns: [files.associationId, files.id] }),
  ],
);
