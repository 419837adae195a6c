import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
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
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { batches } from "./batches";
import { allocations, shipments } from "./exports";
import { members } from "./members";
import { tenantId } from "./tenancy";
import { users } from "./users";

export const payoutKindEnum = pgEnum("payout_kind", ["owed", "paid", "adjustment"]);

/**
 * The producers' ledger, append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). A member's
 * balance is the sum of `amount_minor`: owed entries are positive, payments negative, adjustments
 * either. Owed entries keep how they were computed: quantity × unit price, less the reserve share.
 */
export const payoutEntries = pgTable(
  "payout_entries",
  {
    associationId: tenantId(),
    id: bigserial("id", { mode: "number" }).notNull(),
    memberId: uuid("member_id").notNull(),
    kind: payoutKindEnum("kind").notNull(),
    amountMinor: bigint("amount_minor", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    shipmentId: uuid("shipment_id"),
    allocationId: uuid("allocation_id"),
    batchId: uuid("batch_id"),
    quantity: integer("quantity"),
    unitPriceMinor: integer("unit_price_minor"),
    grossMinor: bigint("gross_minor", { mode: "number" }),
    reserveMinor: bigint("reserve_minor", { mode: "number" }),
    reserveBasisPoints: integer("reserve_basis_points"),
    paidOn: date("paid_on"),
    method: text("method"),
    reference: text("reference"),
    reason: text("reason"),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.memberId], foreignColumns: [members.associationId, members.id] }),
    foreignKey({ columns: [t.associationId, t.shipmentId], foreignColumns: [shipments.associationId, shipments.id] }),
    foreignKey({ columns: [t.associationId, t.allocationId], foreignColumns: [allocations.associationId, allocations.id] }),
    foreignKey({ columns: [t.associationId, t.batchId], foreignColumns: [batches.associationId, batches.id] }),
    foreignKey({ columns: [t.associationId, t.createdBy], foreignColumns: [users.associationId, users.id] }),
    index("payout_entries_member_idx").on(t.associationId, t.memberId, t.createdAt),
    uniqueIndex("payout_entries_owed_once_uq").on(t.associationId, t.allocationId).where(sql`${t.kind} = 'owed'`),
    check(
      "payout_entries_kind_ck",
      sql`case ${t.kind}
        when 'owed' then ${t.amountMinor} >= 0 and ${t.allocationId} is not null
        when 'paid' then ${t.amountMinor} < 0 and ${t.paidOn} is not null and ${t.method} is not null
        else ${t.amountMinor} <> 0 and length(coalesce(${t.reason}, '')) > 0
      end`,
    ),
  ],
);

/** A visitor's rating and comment from a lot's public page, for the association to read. */
export const traceFeedback = pgTable(
  "trace_feedback",
  {
    associationId: tenantId(),
    id: uuid("id").notNull().defaultRandom(),
    batchId: uuid("batch_id").notNull(),
    rating: integer("rating").notNull(),
    comment: text("comment"),
    locale: text("locale").notNull(),
    /** A salted hash of the visitor's address, for spam limits only. */
    visitorHash: text("visitor_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.associationId, t.id] }),
    foreignKey({ columns: [t.associationId, t.batchId], foreignColumns: [batches.associationId, batches.id] }),
    index("trace_feedback_batch_idx").on(t.associationId, t.batchId, t.createdAt),
    index("trace_feedback_visitor_idx").on(t.visitorHash, t.createdAt),
    check("trace_feedback_rating_ck", sql`${t.rating} between 1 and 5`),
    check("trace_feedback_comment_ck", sql`${t.comment} is null or length(${t.comment}) <= 500`),
  ],
);

/** Requests to the public pages per visitor and minute, for rate limiting across app instances. */
export const publicHits = pgTable(
  "public_hits",
  {
    visitorHash: text("visitor_hash").notNull(),
    minute: timestamp("minute", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [primaryKey({ columns: [t.visitorHash, t.minute] })],
);
