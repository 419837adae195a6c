import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DbHandle =
  | { kind: "postgres"; db: Db; pool: pg.Pool; close: () => Promise<void> }
  | { kind: "pglite"; db: Db; client: PGlite; close: () => Promise<void> };

export function connectPostgres(url: string, max = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, failover) must not crash the process.
  pool.on("error", (error) => console.error(JSON.stringify({ level: "warn", msg: "idle database connection lost", code: (error as { code?: string }).code })));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return { kind: "postgres", db, pool, close: () => pool.end() };
}

/** `source` is a data folder, or a dump made by `dumpDataDir()` for a throwaway in-memory copy. */
export async function connectPglite(source: string | Blob | File): Promise<DbHandle> {
  const extensions = { pg_trgm };
  const client = typeof source === "string" ? new PGlite(source, { extensions }) : new PGlite({ loadDataDir: source, extensions });
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { kind: "pglite", db, client, close: () => client.close() };
}
