import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { env, isDemoMode } from "@/lib/env";
import type { DbHandle } from "./connect";
import { migrateDatabase } from "./migrate";
import { seedDemo } from "./seed";
import { assertLocalSeedTarget } from "./seed-guard";

function printDemoLogins(): void {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.association.padEnd(10)} ${a.role.padEnd(12)} ${a.login}`);
  console.log(["Demo accounts (password: " + DEMO_PASSWORD + "):", ...lines].join("\n"));
}

/**
 * Runs at server start: applies migrations, and in demo mode (or with SEED_DEMO=1) fills an
 * empty database with the demo data. Production databases are never seeded implicitly.
 */
export async function prepareDatabase(handle: DbHandle): Promise<void> {
  const started = Date.now();
  await migrateDatabase(handle);
  const seedWanted = isDemoMode() || process.env.SEED_DEMO === "1";
  if (seedWanted) {
    assertLocalSeedTarget(env().DATABASE_URL, env().SEED_ALLOW_REMOTE === "1");
    const result = await seedDemo(handle.db);
    if (!result.skipped) console.log(`Seeded demo data: ${JSON.stringify(result.counts)}`);
    printDemoLogins();
  }
  console.log(`Database ready in ${Date.now() - started} ms (${handle.kind})`);
}
