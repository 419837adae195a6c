import { foreignKey, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tenantId } from "./tenancy";

const names = () => ({
  nameEn: text("name_en").notNull(),
  nameRu: text("name_ru").notNull(),
  nameKy: text("name_ky").notNull(),
});

export const regions = pgTable(
  "regions",
  { associationId: tenantId(), id: uuid("id").notNull().defaultRandom(), ...names() },
  (t) => [primaryKey({ columns: [t.associationId, t.id] })],
);

export const districts = pgTable(
  "districts",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    regionId: uuid("region_id").notNull(),
    ...names(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.regionId], foreignColumns: [regions.associationId, regions.id] }),
    index("districts_region_idx").on(t.associationId, t.regionId),
  ],
);

export const villages = pgTable(
  "villages",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    districtId: uuid("district_id").notNull(),
    ...names(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.districtId], foreignColumns: [districts.associationId, districts.id] }),
    index("villages_district_idx").on(t.associationId, t.districtId),
  ],
);
