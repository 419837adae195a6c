import { getTableColumns } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/connect";

// PostgreSQL allows 65,535 bind parameters per statement; stay well below it.
const MAX_PARAMS = 30_000;
const MAX_ROWS = 1_000;

export async function insertChunked<T extends PgTable>(tx: Tx, table: T, rows: readonly PgInsertValue<T>[]): Promise<number> {
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns)));
  for (let start = 0; start < rows.length; start += size) {
    await tx.insert(table).values(rows.slice(start, start + size));
  }
  return rows.length;
}
