import { mkdirSync, writeFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { associations, users, villages } from "@/db/schema";
import { loadActiveUser } from "@/lib/auth/active-user";
import type { Ctx } from "@/lib/auth/context";
import { benchDatabase } from "./database";
import { growMembers } from "./grow-members";
import { benchImports } from "./imports";
import { benchMembers } from "./members";
import type { BenchResult } from "./stats";

const MEMBERS = 20_000;

const { handle, raw, drop } = await benchDatabase();
try {
  const [association] = await handle.db.select().from(associations).where(eq(associations.slug, "issyk-kul"));
  const [coordinator] = await handle.db.select().from(users).where(and(eq(users.associationId, association!.id), eq(users.email, "coordinator@ovop.kg")));
  const ctx = (await loadActiveUser({ userId: coordinator!.id, associationId: association!.id, role: "coordinator", locale: "en", name: "", memberId: null })) as Ctx;
  const [village] = await handle.db.select().from(villages).where(and(eq(villages.associationId, association!.id), eq(villages.nameEn, "Bokonbayevo")));
  const total = await growMembers(handle, association!.id, MEMBERS);
  console.log(`Database: ${handle.kind}, ${total} members in OVOP Issyk-Kul`);

  const villageNames = (await handle.db.select({ name: villages.nameRu }).from(villages).where(eq(villages.associationId, association!.id))).map((v) => v.name);
  const results: BenchResult[] = [...(await benchMembers(ctx, raw, village!.id)), ...(await benchImports(ctx, villageNames))];

  console.table(results.map((r) => ({ ...r, "p95 / floor": r.floor_p95_ms ? Math.round((r.p95_ms / r.floor_p95_ms) * 100) / 100 : "" })));
  mkdirSync(".bench", { recursive: true });
  writeFileSync(".bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log("Written to .bench/results.json");
} finally {
  await drop();
}
