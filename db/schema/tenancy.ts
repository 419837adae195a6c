import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const associations = pgTable("associations", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  countryCode: text("country_code").notNull(),
  currency: text("currency").notNull(),
  timezone: text("timezone").notNull(),
  youthMinAge: integer("youth_min_age").notNull().default(14),
  youthMaxAge: integer("youth_max_age").notNull().default(35),
  /** How many distinct reviewers must approve a label design or product idea. */
  reviewApprovalsRequired: integer("review_approvals_required").notNull().default(2),
  /** Roles whose users may comment on and decide reviews. */
  reviewerRoles: text("reviewer_roles").array().notNull().default(sql`'{coordinator,admin}'::text[]`),
  /** Share of producers' earnings kept for the reserve fund, in basis points (1000 = 10%). */
  reserveBasisPoints: integer("reserve_basis_points").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  check("associations_review_approvals_ck", sql`${t.reviewApprovalsRequired} between 1 and 9`),
  check("associations_reserve_ck", sql`${t.reserveBasisPoints} between 0 and 5000`),
]);

export const tenantId = () =>
  uuid("association_id")
    .notNull()
    .references(() => associations.id);
