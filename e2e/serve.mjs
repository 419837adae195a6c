// Starts the production build for the e2e run on a database of its own: a fresh PGlite folder by
// default, or a fresh database on the server named by TEST_DATABASE_URL. Removes it on exit.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const port = process.env.E2E_PORT ?? "3100";
const env = { ...process.env, PORT: port, NODE_ENV: "production" };
let cleanup = async () => {};

if (process.env.TEST_DATABASE_URL) {
  const name = `ovop_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  Object.assign(env, { DATABASE_URL: url.toString(), SEED_DEMO: "1", NEXTAUTH_SECRET: randomBytes(32).toString("hex") });
  cleanup = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ovop-e2e-"));
  Object.assign(env, { DATABASE_URL: "", DATA_DIR: dir, PGLITE_DIR: path.join(dir, "pglite") });
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

const server = spawn("./node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
let stopping = false;
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve()));
  await cleanup();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(0));
server.on("exit", (code) => void stop(code ?? 1));
