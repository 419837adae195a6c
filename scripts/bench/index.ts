import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { associations, members, productLines, products, users, villages } from "@/db/schema";
import { loadActiveUser } from "@/lib/auth/active-user";
import type { Ctx } from "@/lib/auth/context";
import { benchBatches } from "./batches";
import { benchDatabase } from "./database";
import { growBatches, RARE_LINE } from "./grow-batches";
import { growMembers } from "./grow-members";
import { growPayouts } from "./grow-payouts";
import { BENCH_GROUPS, selectedGroups, type BenchGroup } from "./groups";
import { benchImports } from "./imports";
import { benchMembers } from "./members";
import { benchPayouts } from "./payouts";
import { resolveAsReactServer } from "./react-server-aliases";
import type { BenchResult } from "./stats";

resolveAsReactServer();
const { benchTrace } = await import("./trace");

const MEMBERS = 20_000;
const BATCHES = Number(process.env.BENCH_BATCHES ?? 1_000_000);
const PAYOUT_ENTRIES = Number(process.env.BENCH_PAYOUT_ENTRIES ?? 200_000);
// Only these groups are measured; the data is grown the same whatever is measured.
const ONLY = selectedGroups(process.env.BENCH_ONLY);
// The lot page hashes visitors with the app secret: a throwaway one, so the bench needs none set and writes nothing to .data/.
process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");

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
  const [adminUser] = await handle.db.select().from(users).where(and(eq(users.associationId, association!.id), eq(users.role, "admin")));
  const ledger = await session((query) => growPayouts(query, { associationId: association!.id, createdBy: adminUser!.id }, PAYOUT_ENTRIES));
  console.log(
    `Added ${ledger.entries} payout entries in ${ledger.seconds} s: ${ledger.owed} owed from ${ledger.shipments} shipments, ${ledger.paid} payments, ${ledger.adjustments} adjustments`,
  );
  const admin = (await loadActiveUser({ userId: adminUser!.id, associationId: association!.id, role: "admin", locale: "en", name: "", memberId: null })) as Ctx;
  const [line] = await handle.db.select().from(productLines).where(and(eq(productLines.associationId, association!.id), eq(productLines.code, "FELT")));
  const [rareLine] = await handle.db.select().from(productLines).where(and(eq(productLines.associationId, association!.id), eq(productLines.code, RARE_LINE)));
  const [product] = await handle.db.select().from(products).where(and(eq(products.associationId, association!.id), eq(products.sku, "FELT-SHEEP")));
  const [demoMember] = await handle.db.select().from(members).where(eq(members.id, producerUser!.memberId!));

  const villageNames = (await handle.db.select({ name: villages.nameRu }).from(villages).where(eq(villages.associationId, association!.id))).map((v) => v.name);
  const measures: Record<BenchGroup, () => Promise<BenchResult[]>> = {
    members: () => benchMembers(ctx, raw, village!.id),
    batches: () => benchBatches(ctx, producer, raw, { lineId: line!.id, rareLineId: rareLine!.id, productId: product!.id, villageId: demoMember!.villageId }),
    imports: () => benchImports(ctx, villageNames),
    trace: () => benchTrace(raw, association!.id),
    payouts: () => benchPayouts(admin, producer, raw),
  };
  const results: BenchResult[] = [];
  for (const group of BENCH_GROUPS) if (ONLY.has(group)) results.push(...(await measures[group]()));

  console.table(results.map((r) => ({ ...r, "p95 / floor": r.floor_p95_ms ? Math.round((r.p95_ms / r.floor_p95_ms) * 100) / 100 : "" })));
  mkdirSync(".bench", { recursive: true });
  writeFileSync(".bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log("Written to .bench/results.json");
} finally {
  await drop();
}
