import { migrateDatabase } from "@/db/migrate";
import { openConfiguredDatabase } from "@/db/open";
import { seedDemo } from "@/db/seed";
import { assertLocalSeedTarget } from "@/db/seed-guard";
import { env } from "@/lib/env";

const { DATABASE_URL, SEED_ALLOW_REMOTE } = env();
try {
  assertLocalSeedTarget(DATABASE_URL, SEED_ALLOW_REMOTE === "1" || process.argv.includes("--allow-remote"));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const handle = await openConfiguredDatabase(1);
await migrateDatabase(handle);
const started = Date.now();
const result = await seedDemo(handle.db);
await handle.close();
console.log(result.skipped ? "Demo data already present: nothing written" : `Seeded in ${Date.now() - started} ms: ${JSON.stringify(result.counts)}`);
