import "server-only";
import type { Db, DbHandle } from "./connect";
import { openConfiguredDatabase } from "./open";

const globalForDb = globalThis as unknown as { ovopDb?: Promise<DbHandle> };

/** The one database handle of this process, opened on first use. */
export function dbHandle(): Promise<DbHandle> {
  globalForDb.ovopDb ??= openConfiguredDatabase();
  return globalForDb.ovopDb;
}

export async function db(): Promise<Db> {
  return (await dbHandle()).db;
}

/** Points this process at another database: test files use it for their own fresh one. */
export function setDatabase(handle: DbHandle): void {
  globalForDb.ovopDb = Promise.resolve(handle);
}
