import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const associations = pgTable("associations", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  countryCode: text("country_code").notNull(),
  currency: text("currency").notNull(),
  timezone: text("timezone").notNull(),
  youthMinAge: integer("youth_min_age").notNull().default(14),
  youthMaxAge: integer("youth_max_age").notNull().default(35),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const tenantId = () =>
  uuid("association_id")
    .notNull()
    .references(() => associations.id);
