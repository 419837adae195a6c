import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { setDatabase } from "@/db/client";
import { connectPglite, connectPostgres, type DbHandle } from "@/db/connect";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";

/** Raw SQL on the bench database. */
export type Query = (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * A fresh database for one benchmark run: a new database on the server in DATABASE_URL, or a
 * PGlite folder in the temp directory. The domain code under test uses it through db().
 * `session` runs its work on one connection, for settings that must hold across statements.
 */
export async function benchDatabase(): Promise<{
  handle: DbHandle;
  raw: Query;
  session: <T>(work: (query: Query) => Promise<T>) => Promise<T>;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env.DATABASE_URL;
  let handle: DbHandle;
  let drop: () => Promise<void>;
  if (serverUrl) {
    const name = `ovop_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = connectPostgres(url.toString(), 10);
    drop = async () => {
      await handle.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ovop-bench-"));
    handle = await connectPglite(dir);
    drop = async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrateDatabase(handle);
  await seedDemo(handle.db);
  setDatabase(handle);
  const h = handle;
  const raw: Query = (sql, params) => (h.kind === "postgres" ? h.pool.query(sql, params) : h.client.query(sql, params));
  const session = async <T>(work: (query: Query) => Promise<T>): Promise<T> => {
    if (h.kind === "pglite") return work(raw);
    const client = await h.pool.connect();
    try {
      return await work((sql, params) => client.query(sql, params));
    } finally {
      client.release();
    }
  };
  return { handle, raw, session, drop };
}
