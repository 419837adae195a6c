import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { setDatabase } from "../client";
import { connectPglite, connectPostgres, type DbHandle } from "../connect";

/** Gives the test file its own database, copied from the migrated template. */
async function freshDatabase(): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = inject("postgresTemplate");
  if (serverUrl && template) {
    const name = `ovop_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = connectPostgres(url.toString(), 10);
    return {
      handle,
      drop: async () => {
        await handle.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const handle = await connectPglite(new Blob([readFileSync(inject("pgliteTemplate"))]));
  return { handle, drop: () => handle.close() };
}

const { handle, drop } = await freshDatabase();
setDatabase(handle);
afterAll(drop);
