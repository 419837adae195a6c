import { mkdirSync } from "node:fs";
import { env } from "@/lib/env";
import { connectPglite, connectPostgres, type DbHandle } from "./connect";

/** The configured database: PostgreSQL at DATABASE_URL, else the embedded PGlite under .data/. */
export async function openConfiguredDatabase(poolSize = 10): Promise<DbHandle> {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) return connectPostgres(DATABASE_URL, poolSize);
  mkdirSync(PGLITE_DIR, { recursive: true });
  return connectPglite(PGLITE_DIR);
}
