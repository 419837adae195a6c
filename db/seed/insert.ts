import { getTableColumns, sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/connect";

const ROWS_PER_STATEMENT = 2_000;

/**
 * Inserts rows a chunk at a time, each chunk sent as one JSON parameter and unpacked by
 * json_populate_recordset: building a statement with a bind parameter per value took most of the
 * seed's time. Rows are grouped by the columns they set, so a column left out still gets its default.
 */
export async function insertChunked<T extends PgTable>(tx: Tx, table: T, rows: readonly PgInsertValue<T>[]): Promise<number> {
  const columns = getTableColumns(table);
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows as readonly Record<string, unknown>[]) {
    const set = Object.keys(columns).filter((key) => row[key] !== undefined);
    const key = set.join(",");
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  for (const [key, group] of groups) {
    const names = key.split(",").map((k) => [k, columns[k]!.name] as const);
    const list = sql.join(names.map(([, name]) => sql.identifier(name)), sql`, `);
    for (let start = 0; start < group.length; start += ROWS_PER_STATEMENT) {
      const chunk = group.slice(start, start + ROWS_PER_STATEMENT).map((row) => Object.fromEntries(names.map(([k, name]) => [name, row[k]])));
      await tx.execute(sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(chunk)})`);
    }
  }
  return rows.length;
}
