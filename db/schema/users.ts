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
    /** Null until the account is activated with a one-time code. */
    passwordHash: text("password_hash"),
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
    kind: text("kind", { enum: ["password", "activation"] }).notNull().default("password"),
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

/** One-time codes that let a user without e-mail set a password. Only a hash is kept. */
export const activationCodes = pgTable(
  "activation_codes",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    userId: uuid("user_id").notNull(),
    codeHash: text("code_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.userId], foreignColumns: [users.associationId, users.id] }),
    foreignKey({ columns: [t.associationId, t.createdBy], foreignColumns: [users.associationId, users.id] }),
    index("activation_codes_user_idx").on(t.associationId, t.userId, t.createdAt),
  ],
);
