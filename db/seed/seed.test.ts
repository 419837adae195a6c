import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPglite, type Db, type DbHandle } from "@/db/connect";
import { migrateDatabase } from "@/db/migrate";
import { associations, batches, inspections, lotSequences, members, users } from "@/db/schema";
import { seedDemo } from "./index";

const TIMEOUT = 120_000;

async function freshSeededDb(): Promise<{ handle: DbHandle; first: Awaited<ReturnType<typeof seedDemo>> }> {
  const handle = await connectPglite("memory://");
  await migrateDatabase(handle);
  const first = await seedDemo(handle.db);
  return { handle, first };
}

async function associationId(db: Db, slug: string): Promise<string> {
  const [row] = await db.select({ id: associations.id }).from(associations).where(eq(associations.slug, slug));
  return row!.id;
}

const memberSnapshot = (db: Db) => db.select().from(members).orderBy(asc(members.associationId), asc(members.memberNumber));
const lotSnapshot = (db: Db) =>
  db.select({ lotCode: batches.lotCode, publicCode: batches.publicCode, status: batches.status }).from(batches).orderBy(asc(batches.lotCode));

describe("seedDemo", () => {
  let handle: DbHandle;
  let db: Db;
  let ik: string;
  let sg: string;
  let first: Awaited<ReturnType<typeof seedDemo>>;
  let second: Awaited<ReturnType<typeof seedDemo>>;

  beforeAll(async () => {
    ({ handle, first } = await freshSeededDb());
    db = handle.db;
    second = await seedDemo(db);
    ik = await associationId(db, "issyk-kul");
    sg = await associationId(db, "sughd");
  }, TIMEOUT);

  afterAll(async () => {
    await handle?.close();
  });

  it("seeds once and skips a seeded database", () => {
    expect(first.skipped).toBe(false);
    expect(first.counts.members).toBe(1560);
    expect(second).toEqual({ skipped: true, counts: {} });
  });

  it("has the members and batches of both associations", async () => {
    const perAssociation = async (table: typeof members | typeof batches, id: string) =>
      (await db.select({ n: count() }).from(table).where(eq(table.associationId, id)))[0]!.n;
    expect(await perAssociation(members, ik)).toBe(1500);
    expect(await perAssociation(members, sg)).toBe(60);
    const ikBatches = await perAssociation(batches, ik);
    expect(ikBatches).toBeGreaterThanOrEqual(3000);
    expect(ikBatches).toBeLessThanOrEqual(6000);
    const [queue] = await db.select({ n: count() }).from(batches).where(and(eq(batches.associationId, ik), eq(batches.status, "submitted")));
    expect(queue!.n).toBeGreaterThanOrEqual(30);
    expect(queue!.n).toBeLessThanOrEqual(80);
  });

  it("gives every decided batch consistent quantities and exactly one inspection", async () => {
    const perBatch = await db.select({ batchId: inspections.batchId, n: count() }).from(inspections).groupBy(inspections.batchId);
    const inspectionsOf = new Map(perBatch.map((r) => [r.batchId, r.n]));
    const rows = (
      await db
        .select({ id: batches.id, status: batches.status, quantity: batches.quantity, accepted: batches.acceptedQuantity, rejected: batches.rejectedQuantity })
        .from(batches)
    ).map((b) => ({ ...b, inspections: inspectionsOf.get(b.id) ?? 0 }));
    for (const b of rows) {
      if (b.status === "submitted" || b.status === "in_inspection") {
        expect(b).toMatchObject({ accepted: null, rejected: null, inspections: 0 });
        continue;
      }
      expect(b.inspections).toBe(1);
      expect(b.accepted! + b.rejected!).toBe(b.quantity);
      if (b.status === "accepted") expect(b.rejected).toBe(0);
      if (b.status === "rejected") expect(b.accepted).toBe(0);
      if (b.status === "partially_accepted") expect(Math.min(b.accepted!, b.rejected!)).toBeGreaterThan(0);
    }
  });

  it("only gives batches to active members of the same association who had joined", async () => {
    const rows = await db
      .select({ batchTenant: batches.associationId, memberTenant: members.associationId, status: members.status, joinedOn: members.joinedOn, from: batches.producedFrom })
      .from(batches)
      .leftJoin(members, eq(members.id, batches.memberId));
    for (const r of rows) {
      expect(r.memberTenant).toBe(r.batchTenant);
      expect(r.status).toBe("active");
      expect(r.joinedOn! <= r.from).toBe(true);
    }
  });

  it("numbers lots uniquely and continues the lot sequences", async () => {
    const lots = await db.select({ associationId: batches.associationId, lotCode: batches.lotCode }).from(batches);
    expect(new Set(lots.map((l) => `${l.associationId}/${l.lotCode}`)).size).toBe(lots.length);
    const maxUsed = new Map<string, number>();
    for (const { associationId: tenant, lotCode } of lots) {
      expect(lotCode).toMatch(/^[A-Z]+-\d{4}-\d{5}$/);
      const [line, year, seq] = lotCode.split("-");
      const key = `${tenant}/${line}/${year}`;
      maxUsed.set(key, Math.max(maxUsed.get(key) ?? 0, Number(seq)));
    }
    const sequences = await db.select().from(lotSequences);
    expect(sequences).toHaveLength(maxUsed.size);
    for (const s of sequences) expect(s.lastValue).toBe(maxUsed.get(`${s.associationId}/${s.lineCode}/${s.year}`));
  });

  it("has plausible members", async () => {
    const rows = await db.select({ gender: members.gender, birthYear: members.birthYear, phone: members.phone }).from(members);
    for (const r of rows) {
      expect(2026 - r.birthYear).toBeGreaterThanOrEqual(16);
      expect(2026 - r.birthYear).toBeLessThanOrEqual(70);
      expect(r.phone).toMatch(/^\+99[26]\d{9}$/);
    }
    expect(new Set(rows.map((r) => r.gender))).toEqual(new Set(["female", "male"]));
    expect(new Set(rows.map((r) => r.phone)).size).toBe(rows.length);
  });

  it("sets up the demo producers with batches in several states", async () => {
    const [aigul] = await db.select().from(members).where(and(eq(members.associationId, ik), eq(members.memberNumber, "IK-00001")));
    expect(aigul).toMatchObject({ fullName: "Осмонова Айгүл", gender: "female", status: "active", phone: "+996555000001" });
    const [producer] = await db.select().from(users).where(eq(users.phone, "+996555000001"));
    expect(producer).toMatchObject({ role: "producer", memberId: aigul!.id, associationId: ik, email: null });
    const own = await db.select({ status: batches.status }).from(batches).where(and(eq(batches.associationId, ik), eq(batches.memberId, aigul!.id)));
    expect(own.length).toBeGreaterThanOrEqual(8);
    expect(own.map((b) => b.status)).toEqual(expect.arrayContaining(["submitted", "accepted", "partially_accepted", "rejected"]));
    const [mavzuna] = await db.select().from(members).where(and(eq(members.associationId, sg), eq(members.memberNumber, "SG-00001")));
    expect(mavzuna).toMatchObject({ fullName: "Раҳимова Мавзуна", phone: "+992900000001" });
  });

  it(
    "writes the same data into another fresh database",
    async () => {
      const other = await freshSeededDb();
      try {
        expect(await memberSnapshot(other.handle.db)).toEqual(await memberSnapshot(db));
        expect(await lotSnapshot(other.handle.db)).toEqual(await lotSnapshot(db));
      } finally {
        await other.handle.close();
      }
    },
    TIMEOUT,
  );
});
