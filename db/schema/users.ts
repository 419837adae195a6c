import { sql } from "drizzle-orm";
import {
  boolean,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { members } from "./members";
import { tenantId } from "./tenancy";

export const roleEnum = pgEnum("role", ["producer", "coordinator", "admin", "ministry"]);
export const localeEnum = pgEnum("locale", ["ky", "ru", "en"]);
export const userStatusEnum = pgEnum("user_status", ["active", "disabled"]);

export const users = pgTable(
  "users",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    passwordHash: text("password_hash").notNull(),
    role: roleEnum("role").notNull(),
    locale: localeEnum("locale").notNull().default("ru"),
    status: userStatusEnum("status").notNull().default("active"),
    memberId: uuid("member_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    // Sign-in looks a user up by phone or e-mail before any association is known.
    uniqueIndex("users_email_uq").on(sql`lower(${t.email})`),
    uniqueIndex("users_phone_uq").on(t.phone),
    foreignKey({ columns: [t.associationId, t.memberId], foreignColumns: [members.associationId, members.id] }),
    index("users_member_idx").on(t.associationId, t.memberId),
  ],
);

/** Failed and successful sign-ins, for throttling across app instances. Not tenant data. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    identifierHash: text("identifier_hash").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_identifier_idx").on(t.identifierHash, t.createdAt),
    index("login_attempts_ip_idx").on(t.ip, t.createdAt),
  ],
);
