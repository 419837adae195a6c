import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Cursor } from "./cursor";

// Timestamps used as keys are stored with millisecond precision, so a JS Date round-trips exactly.

/** Rows after the cursor in ascending (at, id) order; a row comparison the index can serve. */
export function keysetAfter(at: PgColumn, id: PgColumn, cursor: Cursor | undefined): SQL | undefined {
  return cursor ? sql`(${at}, ${id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : undefined;
}

/** Rows after the cursor in descending (at, id) order. */
export function keysetBefore(at: PgColumn, id: PgColumn, cursor: Cursor | undefined): SQL | undefined {
  return cursor ? sql`(${at}, ${id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : undefined;
}
