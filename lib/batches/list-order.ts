import { sql, type SQL } from "drizzle-orm";
import { batches } from "@/db/schema";
import type { Cursor } from "@/lib/pagination/cursor";
import type { BatchFilters } from "./filters";

type KeyRow = { createdAt: Date; producedTo: string; submittedAt: Date | null };

const ORDERS = {
  created: { column: batches.createdAt, cast: "timestamptz", keyOf: (r: KeyRow) => r.createdAt.toISOString() },
  produced: { column: batches.producedTo, cast: "date", keyOf: (r: KeyRow) => r.producedTo },
  // A submitted-period filter leaves only rows with a submission time.
  submitted: { column: batches.submittedAt, cast: "timestamptz", keyOf: (r: KeyRow) => r.submittedAt?.toISOString() ?? "" },
} as const;

/**
 * The batch list's order, newest first: by when a batch was logged, or, under a period filter,
 * by the date the period compares, so the query reads that date's index in order instead of
 * skipping through every later batch.
 */
export function batchListOrder(filters: BatchFilters) {
  const key = filters.from || filters.to ? (filters.period ?? "produced") : "created";
  const order = ORDERS[key];
  return {
    key,
    orderBy: [sql`${order.column} desc`, sql`${batches.id} desc`],
    after: (cursor: Cursor | undefined): SQL | undefined =>
      cursor ? sql`(${order.column}, ${batches.id}) < (${cursor.at}::${sql.raw(order.cast)}, ${cursor.id}::uuid)` : undefined,
    cursorOf: (row: KeyRow & { id: string }): Cursor => ({ at: order.keyOf(row), id: row.id }),
  };
}

export type BatchListOrder = ReturnType<typeof batchListOrder>;
