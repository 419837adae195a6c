import { foreignKey, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { regions } from "./geography";
import { productLines } from "./products";
import { tenantId } from "./tenancy";

export const materialKindEnum = pgEnum("material_kind", ["fibre", "dye", "ingredient", "packaging"]);

/** Local raw materials and dye sources; a dye records the plant it comes from and the colour it gives. */
export const materials = pgTable(
  "materials",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    code: text("code").notNull(),
    kind: materialKindEnum("kind").notNull(),
    nameEn: text("name_en").notNull(),
    nameRu: text("name_ru").notNull(),
    nameKy: text("name_ky").notNull(),
    plantSource: text("plant_source"),
    colourEn: text("colour_en"),
    colourRu: text("colour_ru"),
    colourKy: text("colour_ky"),
    colourHex: text("colour_hex"),
    regionId: uuid("region_id"),
    status: text("status", { enum: ["active", "retired"] }).notNull().default("active"),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("materials_code_uq").on(t.associationId, t.code),
    foreignKey({ columns: [t.associationId, t.regionId], foreignColumns: [regions.associationId, regions.id] }),
  ],
);

export const lineMaterials = pgTable(
  "line_materials",
  {
    associationId: tenantId(),
    lineId: uuid("line_id").notNull(),
    materialId: uuid("material_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.lineId, t.materialId] }),
    foreignKey({ columns: [t.associationId, t.lineId], foreignColumns: [productLines.associationId, productLines.id] }),
    foreignKey({ columns: [t.associationId, t.materialId], foreignColumns: [materials.associationId, materials.id] }),
  ],
);
