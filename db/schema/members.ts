import { sql } from "drizzle-orm";
import {
  boolean,
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
  type PgTableExtraConfigValue,
} from "drizzle-orm/pg-core";
import { villages } from "./geography";
import { tenantId } from "./tenancy";

export const genderEnum = pgEnum("gender", ["female", "male"]);
export const memberStatusEnum = pgEnum("member_status", ["active", "suspended", "left"]);

export const producerGroups = pgTable(
  "producer_groups",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    villageId: uuid("village_id").notNull(),
    name: text("name").notNull(),
    leaderMemberId: uuid("leader_member_id"),
    /** The group's own reserve-fund share in basis points; the association's applies when unset. */
    reserveBasisPoints: integer("reserve_basis_points"),
  },
  // Annotated: groups and members reference each other, which TypeScript cannot infer.
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.villageId], foreignColumns: [villages.associationId, villages.id] }),
    index("producer_groups_village_idx").on(t.associationId, t.villageId),
    check("producer_groups_reserve_ck", sql`${t.reserveBasisPoints} is null or ${t.reserveBasisPoints} between 0 and 5000`),
    foreignKey({ columns: [t.associationId, t.leaderMemberId], foreignColumns: [members.associationId, members.id] }),
  ],
);

export const members = pgTable(
  "members",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    memberNumber: text("member_number").notNull(),
    fullName: text("full_name").notNull(),
    fullNameLatin: text("full_name_latin"),
    gender: genderEnum("gender").notNull(),
    birthYear: integer("birth_year").notNull(),
    phone: text("phone"),
    villageId: uuid("village_id").notNull(),
    groupId: uuid("group_id"),
    joinedOn: date("joined_on", { mode: "string" }).notNull(),
    status: memberStatusEnum("status").notNull().default("active"),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    publicConsent: boolean("public_consent").notNull().default(false),
    publicConsentAt: timestamp("public_consent_at", { withTimezone: true }),
    /** Lower-case, accent-free name (Cyrillic and its Latin spelling), number and phone digits; see lib/members/search-key.ts. */
    searchKey: text("search_key").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.associationId, t.id] }),
    unique("members_number_uq").on(t.associationId, t.memberNumber),
    foreignKey({ columns: [t.associationId, t.villageId], foreignColumns: [villages.associationId, villages.id] }),
    foreignKey({
      columns: [t.associationId, t.groupId],
      foreignColumns: [producerGroups.associationId, producerGroups.id],
    }),
    index("members_village_idx").on(t.associationId, t.villageId),
    index("members_phone_idx").on(t.associationId, t.phone),
    index("members_search_idx").using("gin", sql`${t.searchKey} gin_trgm_ops`),
    index("members_name_idx").on(t.associationId, t.fullName, t.id),
    index("members_number_idx").on(t.associationId, t.memberNumber, t.id),
    index("members_joined_idx").on(t.associationId, t.joinedOn, t.id),
    check("members_birth_year_ck", sql`${t.birthYear} between 1900 and 2100`),
  ],
);
