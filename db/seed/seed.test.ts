import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPglite, type Db, type DbHandle } from "@/db/connect";
import { migrateDatabase } from "@/db/migrate";
import {
  associations,
  batches,
  batchMaterials,
  buyerArticles,
  buyers,
  checklistItems,
  checklistTemplates,
  inspectionResults,
  inspections,
  labelDesigns,
  lineMaterials,
  lotSequences,
  materials,
  members,
  productLines,
  products,
  regions,
  reviewDecisions,
  reviewVersions,
  users,
} from "@/db/schema";
import { checkCompliance } from "@/lib/labels/check-compliance";
import { readLabelFields } from "@/lib/labels/label-fields";
import { batchStatusAfter, isOverride, quantitiesAfter } from "@/lib/inspections/outcome";
import { computedDecision, planForLot, sampleToDraw } from "@/lib/qc/decision";
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
const inspectionSnapshot = (db: Db) => db.select().from(inspections).orderBy(asc(inspections.id));
const tableSizes = async (db: Db) =>
  Promise.all([batchMaterials, inspectionResults, checklistItems].map(async (table) => (await db.select({ n: count() }).from(table))[0]!.n));

const allInspections = (db: Db) => db.select().from(inspections).orderBy(asc(inspections.startedAt));
type InspectionRow = Awaited<ReturnType<typeof allInspections>>[number];

const byKey = <T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

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
    expect(first.counts).toMatchObject({ members: 1560, materials: 19, lineMaterials: 33, checklistTemplates: 6, checklistItems: 46 });
    for (const table of ["batchMaterials", "inspections", "inspectionResults"]) expect(first.counts[table]).toBeGreaterThan(0);
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
    const statusCount = async (status: "submitted" | "draft" | "rework") =>
      (await db.select({ n: count() }).from(batches).where(and(eq(batches.associationId, ik), eq(batches.status, status))))[0]!.n;
    expect(await statusCount("submitted")).toBeGreaterThanOrEqual(30);
    expect(await statusCount("submitted")).toBeLessThanOrEqual(80);
    expect(await statusCount("draft")).toBeGreaterThanOrEqual(1);
    expect(await statusCount("rework")).toBeGreaterThanOrEqual(1);
  });

  it("sets up lines, product specs and a materials registry from the association's region", async () => {
    const lines = await db.select().from(productLines).orderBy(asc(productLines.code));
    expect(lines.map((l) => [l.code, l.category])).toEqual([
      ["APRI", "food"],
      ["FELT", "felt_toy"],
      ["HONEY", "food"],
      ["SBT", "food"],
      ["WEAR", "textile"],
    ]);
    const [sheep] = await db.select().from(products).where(eq(products.sku, "FELT-SHEEP"));
    expect(sheep).toMatchObject({ lengthMm: 100, widthMm: 70, heightMm: 90, sizeToleranceMm: 5, weightG: 25, weightToleranceG: 3 });

    const registry = await db.select().from(materials).leftJoin(regions, eq(regions.id, materials.regionId));
    for (const { materials: m, regions: region } of registry) expect(region?.associationId).toBe(m.associationId);
    const ikDyes = registry.filter((r) => r.materials.associationId === ik && r.materials.kind === "dye").map((r) => r.materials);
    expect(ikDyes.map((d) => d.code)).toEqual(expect.arrayContaining(["DYE-SAINFOIN", "DYE-YARROW", "DYE-CHIY", "DYE-WALNUT", "DYE-ONION", "DYE-MADDER"]));
    for (const dye of ikDyes) expect(dye.plantSource).toBeTruthy();
    expect(ikDyes.find((d) => d.code === "DYE-MADDER")).toMatchObject({ plantSource: "Rubia tinctorum", colourEn: "Red", colourHex: "#A8322D" });
  });

  it("records each batch's materials from what its line allows, with a dye lot for every dye", async () => {
    const allowed = new Set((await db.select().from(lineMaterials)).map((lm) => `${lm.lineId}/${lm.materialId}`));
    const rows = await db
      .select({ batchId: batchMaterials.batchId, lineId: products.lineId, lineCode: productLines.code, kind: materials.kind, dyeLot: batchMaterials.dyeLot, materialId: materials.id })
      .from(batchMaterials)
      .innerJoin(materials, eq(materials.id, batchMaterials.materialId))
      .innerJoin(batches, eq(batches.id, batchMaterials.batchId))
      .innerJoin(products, eq(products.id, batches.productId))
      .innerJoin(productLines, eq(productLines.id, products.lineId));
    for (const r of rows) {
      expect(allowed.has(`${r.lineId}/${r.materialId}`)).toBe(true);
      if (r.kind === "dye") expect(r.dyeLot).toMatch(/^[A-Z]{3}-\d{4}-\d{2}$/);
      else expect(r.dyeLot).toBeNull();
    }
    const perBatch = byKey(rows, (r) => r.batchId);
    expect(perBatch.size).toBe((await db.select({ n: count() }).from(batches))[0]!.n);
    for (const used of perBatch.values()) {
      if (used[0]!.lineCode !== "FELT") continue;
      expect(used.filter((u) => u.kind === "fibre")).toHaveLength(1);
      expect(used.filter((u) => u.kind === "dye").length).toBeGreaterThanOrEqual(1);
      expect(used.filter((u) => u.kind === "dye").length).toBeLessThanOrEqual(3);
    }
  });

  it("publishes a checklist per line, felt's in two versions, each with items", async () => {
    const templates = await db.select().from(checklistTemplates).innerJoin(productLines, eq(productLines.id, checklistTemplates.lineId));
    expect(templates.map((t) => `${t.product_lines.code} v${t.checklist_templates.version}`).sort()).toEqual(["APRI v1", "FELT v1", "FELT v2", "HONEY v1", "SBT v1", "WEAR v1"]);
    const items = byKey(await db.select().from(checklistItems), (i) => i.templateId);
    for (const { checklist_templates: t } of templates) {
      expect(t.status).toBe("published");
      expect(t.publishedAt).not.toBeNull();
      expect(items.get(t.id)?.length).toBeGreaterThanOrEqual(1);
    }
    const felt = templates.filter((t) => t.product_lines.code === "FELT").map((t) => t.checklist_templates);
    const [v1, v2] = felt.sort((a, b) => a.version - b.version);
    expect(items.get(v2!.id)!.length).toBe(items.get(v1!.id)!.length + 1);
    expect(v2!.publishedBy).not.toBe(v1!.publishedBy);
  });

  describe("inspections", () => {
    let rows: InspectionRow[];
    let ofBatch: Map<string, InspectionRow[]>;

    beforeAll(async () => {
      rows = await allInspections(db);
      ofBatch = byKey(rows, (i) => i.batchId);
    });

    it("give every decided batch exactly one deciding approved inspection, and open ones only to batches in inspection", async () => {
      const all = await db.select().from(batches);
      for (const b of all) {
        const own = ofBatch.get(b.id) ?? [];
        const open = own.filter((i) => i.status !== "approved");
        if (b.status === "draft" || b.status === "submitted") {
          expect(own).toHaveLength(0);
          expect(b).toMatchObject({ acceptedQuantity: null, rejectedQuantity: null });
          continue;
        }
        if (b.status === "in_inspection") {
          expect(open).toHaveLength(1);
          expect(b).toMatchObject({ acceptedQuantity: null, rejectedQuantity: null });
          continue;
        }
        expect(open).toHaveLength(0);
        const last = own.at(-1)!;
        expect(batchStatusAfter(last.outcome!)).toBe(b.status);
        if (b.status === "rework") {
          expect(b).toMatchObject({ acceptedQuantity: null, rejectedQuantity: null });
          continue;
        }
        expect(own.filter((i) => i.outcome !== "rework")).toEqual([last]);
        const settled = quantitiesAfter(last.outcome!, last.lotSize, last.acceptedQuantity);
        expect({ accepted: b.acceptedQuantity, rejected: b.rejectedQuantity }).toEqual(settled);
        expect(b.acceptedQuantity! + b.rejectedQuantity!).toBe(b.quantity);
        if (b.status === "partially_accepted") {
          expect(last.acceptedQuantity).toBe(b.acceptedQuantity);
          expect(Math.min(b.acceptedQuantity!, b.rejectedQuantity!)).toBeGreaterThan(0);
        }
      }
    });

    it("are approved by a second person: the other coordinator, or the admin where there is one coordinator", async () => {
      const staff = new Map((await db.select().from(users)).map((u) => [u.id, u]));
      for (const i of rows.filter((r) => r.status === "approved")) {
        expect(i.approverId).not.toBeNull();
        expect(i.approverId).not.toBe(i.inspectorId);
        expect(staff.get(i.inspectorId)!.role).toBe("coordinator");
        expect(staff.get(i.approverId!)!.role).toBe(i.associationId === sg ? "admin" : "coordinator");
        expect(i.startedAt <= i.submittedAt! && i.submittedAt! <= i.approvedAt!).toBe(true);
      }
    });

    it("follow the sampling plan of the line and the decision rule", async () => {
      const lineOf = new Map(
        (await db.select({ batchId: batches.id, line: productLines }).from(batches).innerJoin(products, eq(products.id, batches.productId)).innerJoin(productLines, eq(productLines.id, products.lineId))).map(
          (r) => [r.batchId, r.line],
        ),
      );
      for (const i of rows) {
        const line = lineOf.get(i.batchId)!;
        const plan = planForLot({ lotSize: i.lotSize, level: line.inspectionLevel, aql: { critical: line.aqlCritical, major: line.aqlMajor, minor: line.aqlMinor } });
        expect(i).toMatchObject({ level: line.inspectionLevel, plan, sampleSize: sampleToDraw(plan) });
        if (i.status === "in_progress") {
          expect(i).toMatchObject({ outcome: null, computedOutcome: null, submittedAt: null });
          continue;
        }
        const computed = computedDecision({ critical: i.criticalDefects, major: i.majorDefects, minor: i.minorDefects }, plan);
        expect(i.computedOutcome).toBe(computed);
        expect(i.overrideReason !== null).toBe(isOverride(computed, i.outcome!));
        expect(i.remarks !== null).toBe(i.outcome !== "accept");
        expect(i.acceptedQuantity !== null).toBe(i.outcome === "partially_accept");
      }
      const outcomes = new Set(rows.map((i) => `${i.computedOutcome}->${i.outcome}`));
      expect(outcomes).toEqual(new Set(["null->null", "accept->accept", "reject->accept", "reject->partially_accept", "reject->reject", "reject->rework"]));
    });

    it("use the checklist version in force when they started and answer its every item, defects adding up", async () => {
      const templates = await db.select().from(checklistTemplates);
      const templateOf = new Map(templates.map((t) => [t.id, t]));
      const items = byKey(await db.select().from(checklistItems), (i) => i.templateId);
      const results = byKey(await db.select().from(inspectionResults), (r) => r.inspectionId);
      for (const i of rows) {
        const used = templateOf.get(i.templateId)!;
        const newer = templates.filter((t) => t.lineId === used.lineId && t.version > used.version);
        expect(used.publishedAt! <= i.startedAt).toBe(true);
        for (const t of newer) expect(t.publishedAt! > i.startedAt).toBe(true);

        const answers = results.get(i.id);
        if (i.status !== "approved") expect(answers !== undefined).toBe(i.status === "awaiting_approval");
        if (!answers) continue;
        const checklist = items.get(i.templateId)!;
        expect(answers.map((a) => a.itemId).sort()).toEqual(checklist.map((c) => c.id).sort());
        const classOf = new Map(checklist.map((c) => [c.id, c.defectClass]));
        const sum = (defectClass: string) => answers.filter((a) => classOf.get(a.itemId) === defectClass).reduce((n, a) => n + a.defects, 0);
        expect([sum("critical"), sum("major"), sum("minor")]).toEqual([i.criticalDefects, i.majorDefects, i.minorDefects]);
      }
      for (const tenant of [ik, sg]) {
        const answered = rows.filter((i) => i.associationId === tenant && i.status === "approved" && results.has(i.id)).length;
        expect(answered).toBeGreaterThanOrEqual(tenant === sg ? 100 : 300);
      }
      const feltV2 = templates.find((t) => t.version === 2)!;
      expect(rows.some((i) => i.templateId === feltV2.id)).toBe(true);
    });

    it("leave approvals waiting for the second coordinator of Issyk-Kul", async () => {
      const [coordinatorA] = await db.select().from(users).where(eq(users.email, "coordinator@ovop.kg"));
      const waiting = rows.filter((i) => i.associationId === ik && i.status === "awaiting_approval");
      expect(waiting.length).toBeGreaterThanOrEqual(2);
      for (const i of waiting) expect(i).toMatchObject({ inspectorId: coordinatorA!.id, approverId: null, approvedAt: null });
    });
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

  it("sets up MUJI as Issyk-Kul's buyer with approved, compliant Japan hang tags on the felt pieces named in Japanese", async () => {
    const buyerRows = await db.select().from(buyers);
    expect(buyerRows.map((b) => [b.associationId, b.countryCode, b.currency])).toEqual([[ik, "JP", "JPY"]]);
    const named = await db.select().from(products).where(and(eq(products.associationId, ik), isNotNull(products.nameJa)));
    expect(named.map((p) => p.sku).sort()).toEqual(["FELT-BIRD", "FELT-COASTER", "FELT-SHEEP", "FELT-YURT"]);
    const articles = await db.select().from(buyerArticles);
    expect(articles.map((a) => a.productId).sort()).toEqual(named.map((p) => p.id).sort());

    const designs = await db.select().from(labelDesigns).innerJoin(products, eq(products.id, labelDesigns.productId));
    expect(designs).toHaveLength(named.length);
    for (const { label_designs: design, products: product } of designs) {
      expect(design).toMatchObject({ market: "JP", kind: "hang_tag", status: "approved" });
      const fields = readLabelFields(design.fields);
      expect(fields.ean13).toBe(product.articleNumber);
      const checks = checkCompliance({ fields, kind: design.kind, market: "JP", category: "felt_toy", country: "KG" });
      expect(checks.filter((c) => c.level !== "warning" && !c.ok)).toEqual([]);
      const [version] = await db.select().from(reviewVersions).where(eq(reviewVersions.subjectId, design.id));
      expect(version).toMatchObject({ status: "approved", version: 1, submittedBy: design.createdBy });
      const approvals = await db.select().from(reviewDecisions).where(eq(reviewDecisions.versionId, version!.id));
      expect(new Set(approvals.map((a) => a.reviewerId)).size).toBe(2);
      expect(approvals.map((a) => a.reviewerId)).not.toContain(design.createdBy);
    }
    const [felt] = await db.select().from(productLines).where(and(eq(productLines.associationId, ik), eq(productLines.code, "FELT")));
    expect(felt!.hsCode).toBe("6307.90");
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

  it("sets up the demo producers with batches in every state", async () => {
    const [aigul] = await db.select().from(members).where(and(eq(members.associationId, ik), eq(members.memberNumber, "IK-00001")));
    expect(aigul).toMatchObject({ fullName: "Осмонова Айгүл", gender: "female", status: "active", phone: "+996555000001" });
    const [producer] = await db.select().from(users).where(eq(users.phone, "+996555000001"));
    expect(producer).toMatchObject({ role: "producer", memberId: aigul!.id, associationId: ik, email: null });
    const own = await db.select({ status: batches.status }).from(batches).where(and(eq(batches.associationId, ik), eq(batches.memberId, aigul!.id)));
    expect(own.length).toBeGreaterThanOrEqual(8);
    expect(new Set(own.map((b) => b.status))).toEqual(
      new Set(["draft", "submitted", "in_inspection", "accepted", "partially_accepted", "rejected", "rework"]),
    );
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
        expect(await inspectionSnapshot(other.handle.db)).toEqual(await inspectionSnapshot(db));
        expect(await tableSizes(other.handle.db)).toEqual(await tableSizes(db));
      } finally {
        await other.handle.close();
      }
    },
    TIMEOUT,
  );
});
