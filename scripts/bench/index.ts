import { mkdirSync, writeFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { associations, members, productLines, products, users, villages } from "@/db/schema";
import { loadActiveUser } from "@/lib/auth/active-user";
import type { Ctx } from "@/lib/auth/context";
import { benchBatches } from "./batches";
import { benchDatabase } from "./database";
import { growBatches } from "./grow-batches";
import { growMembers } from "./grow-members";
import { benchImports } from "./imports";
import { benchMembers } from "./members";
import type { BenchResult } from "./stats";

const MEMBERS = 20_000;
const BATCHES = Number(process.env.BENCH_BATCHES ?? 1_000_000);

const { handle, raw, session, drop } = await benchDatabase();
try {
  const [association] = await handle.db.select().from(associations).where(eq(associations.slug, "issyk-kul"));
  const [coordinator] = await handle.db.select().from(users).where(and(eq(users.associationId, association!.id), eq(users.email, "coordinator@ovop.kg")));
  const ctx = (await loadActiveUser({ userId: coordinator!.id, associationId: association!.id, role: "coordinator", locale: "en", name: "", memberId: null })) as Ctx;
  const [village] = await handle.db.select().from(villages).where(and(eq(villages.associationId, association!.id), eq(villages.nameEn, "Bokonbayevo")));
  const total = await growMembers(handle, association!.id, MEMBERS);
  console.log(`Database: ${handle.kind}, ${total} members in OVOP Issyk-Kul`);

  const [coordinator2] = await handle.db.select().from(users).where(and(eq(users.associationId, association!.id), eq(users.email, "coordinator2@ovop.kg")));
  const [producerUser] = await handle.db.select().from(users).where(eq(users.phone, "+996555000001"));
  const producer = (await loadActiveUser({ userId: producerUser!.id, associationId: association!.id, role: "producer", locale: "ru", name: "", memberId: producerUser!.memberId })) as Ctx;
  const grown = await session((query) =>
    growBatches(query, { associationId: association!.id, demoMemberId: producerUser!.memberId!, inspectorId: coordinator!.id, approverId: coordinator2!.id }, BATCHES),
  );
  console.log(`Added ${BATCHES} batches in ${grown.seconds} s: ${grown.batches} batches and ${grown.inspections} inspections in all`);
  const [line] = await handle.db.select().from(productLines).where(and(eq(productLines.associationId, association!.id), eq(productLines.code, "FELT")));
  const [product] = await handle.db.select().from(products).where(and(eq(products.associationId, association!.id), eq(products.sku, "FELT-SHEEP")));
  const [demoMember] = await handle.db.select().from(members).where(eq(members.id, producerUser!.memberId!));

  const villageNames = (await handle.db.select({ name: villages.nameRu }).from(villages).where(eq(villages.associationId, association!.id))).map((v) => v.name);
  const results: BenchResult[] = [
    ...(await benchMembers(ctx, raw, village!.id)),
    ...(await benchBatches(ctx, producer, raw, { lineId: line!.id, productId: product!.id, villageId: demoMember!.villageId })),
    ...(await benchImports(ctx, villageNames)),
  ];

  console.table(results.map((r) => ({ ...r, "p95 / floor": r.floor_p95_ms ? Math.round((r.p95_ms / r.floor_p95_ms) * 100) / 100 : "" })));
  mkdirSync(".bench", { recursive: true });
  writeFileSync(".bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log("Written to .bench/results.json");
} finally {
  await drop();
}
