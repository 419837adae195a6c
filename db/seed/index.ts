import { eq } from "drizzle-orm";
import type { Db } from "@/db/connect";
import { associations } from "@/db/schema";
import { DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password";
import { ISSYK_KUL_PLAN, SUGHD_PLAN } from "./plans";
import { createRng } from "./random";
import { seedTenant } from "./tenant";

const SEED = 20_261_128;

/** Fills an empty database with the same two demo associations every time; a seeded one is left alone. */
export async function seedDemo(db: Db): Promise<{ skipped: boolean; counts: Record<string, number> }> {
  const [existing] = await db.select({ id: associations.id }).from(associations).where(eq(associations.slug, "issyk-kul")).limit(1);
  if (existing) return { skipped: true, counts: {} };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rng = createRng(SEED);
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const plan of [ISSYK_KUL_PLAN, SUGHD_PLAN]) {
      for (const [table, n] of Object.entries(await seedTenant(tx, rng, plan, passwordHash))) {
        counts[table] = (counts[table] ?? 0) + n;
      }
    }
  });
  return { skipped: false, counts };
}
