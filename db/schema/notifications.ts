import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantId } from "./tenancy";
import { users } from "./users";

/**
 * An in-app notice for one user. Its text is rendered from `kind` and `params` in the reader's
 * language when shown, so a producer reads it in their own language whoever triggered it.
 */
export const notifications = pgTable(
  "notifications",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    userId: uuid("user_id").notNull(),
    kind: text("kind").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    params: jsonb("params").$type<Record<string, string | number | null>>().notNull(),
    readAt: timestamp("read_at", { withTimezone: true, precision: 3 }),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.userId], foreignColumns: [users.associationId, users.id] }),
    index("notifications_user_idx").on(t.associationId, t.userId, t.createdAt),
  ],
);
