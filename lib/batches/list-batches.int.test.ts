import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { batches, villages } from "@/db/schema";
import { batchInput, createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { listBatchFilterOptions } from "./filter-options";
import { listBatches, type BatchListItem } from "./list-batches";
import { listMyBatches } from "./list-my-batches";
import { logBatch } from "./log-batch";
import { addLineWithProduct, addProducer } from "./test-fixtures";

let a: Tenant;
let b: Tenant;
let neighbour: Ctx;
let honey: Awaited<ReturnType<typeof addLineWithProduct>>;
let otherVillage: string;
const lots: Record<string, string> = {};

async function add(name: string, ctx: Ctx, productId: string, fields: { producedTo?: string; submittedAt?: string; status?: "draft" | "accepted" | "rework" } = {}) {
  const saved = await logBatch(ctx, batchInput(productId, { producedFrom: "2026-01-01", producedTo: fields.producedTo ?? "2026-03-10", intent: fields.status === "draft" ? "draft" : "submit" }));
  const set = {
    ...(fields.submittedAt ? { submittedAt: new Date(fields.submittedAt) } : {}),
    ...(fields.status === "accepted" ? { status: "accepted" as const, acceptedQuantity: 20, rejectedQuantity: 0 } : {}),
    ...(fields.status === "rework" ? { status: "rework" as const } : {}),
  };
  if (Object.keys(set).length) await (await db()).update(batches).set(set).where(eq(batches.id, saved.id));
  lots[saved.id] = name;
}

type Filters = Parameters<typeof listBatches>[1];

const names = async (ctx: Ctx, filters: Parameters<typeof listBatches>[1]) => (await listBatches(ctx, filters)).items.map((i) => lots[i.id]);

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
  const [village] = await (await db())
    .insert(villages)
    .values({ associationId: a.association.id, districtId: a.district.id, nameEn: "Bokonbaevo", nameRu: "Боконбаево", nameKy: "Бөкөнбаев" })
    .returning();
  otherVillage = village!.id;
  neighbour = await addProducer(a, otherVillage);
  honey = await addLineWithProduct(a, "HONEY");
  // Bishkek is UTC+6: 18:00 UTC is midnight there.
  await add("felt-march", a.producer, a.product.id, { submittedAt: "2026-04-30T17:59:00Z" });
  await add("felt-draft", a.producer, a.product.id, { status: "draft" });
  await add("honey-may", neighbour, honey.product.id, { producedTo: "2026-05-05", submittedAt: "2026-04-30T18:00:00Z" });
  await add("felt-accepted", neighbour, a.product.id, { producedTo: "2026-04-20", submittedAt: "2026-05-01T17:59:00Z", status: "accepted" });
  await add("honey-rework", a.producer, honey.product.id, { producedTo: "2026-06-01", submittedAt: "2026-05-01T18:00:00Z", status: "rework" });
  await add("b-felt", b.producer, b.product.id);
});

describe("the coordinators' batch list", () => {
  it("shows submitted batches newest first, never drafts, with product, producer, village and unit", async () => {
    expect(await names(a.coordinator, {})).toEqual(["honey-rework", "felt-accepted", "honey-may", "felt-march"]);
    const [first] = (await listBatches(a.admin, {})).items;
    expect(first).toMatchObject({ productName: "HONEY", unit: "kg", villageName: "Ak-Say", status: "rework", quantity: 20 });
    expect(first!.producerName).toMatch(/^Осмонова Айгүл/);
    expect(first!.submittedAt).toEqual(new Date("2026-05-01T18:00:00Z"));
  });

  it.each<[string, () => Filters, string[]]>([
    ["line", () => ({ line: honey.line.id }), ["honey-rework", "honey-may"]],
    ["product", () => ({ product: a.product.id }), ["felt-accepted", "felt-march"]],
    ["village", () => ({ village: otherVillage }), ["felt-accepted", "honey-may"]],
    ["status", () => ({ status: "accepted" }), ["felt-accepted"]],
    ["production period, latest made first", () => ({ from: "2026-04-01", to: "2026-05-31" }), ["honey-may", "felt-accepted"]],
    ["production period, open-ended", () => ({ period: "produced", from: "2026-05-01" }), ["honey-rework", "honey-may"]],
    ["submission day in the association's time zone", () => ({ period: "submitted", from: "2026-05-01", to: "2026-05-01" }), ["felt-accepted", "honey-may"]],
    ["submission period, open-ended", () => ({ period: "submitted", to: "2026-04-30" }), ["felt-march"]],
    ["line, village and period combined", () => ({ line: a.product.lineId, village: otherVillage, period: "submitted", from: "2026-05-01" }), ["felt-accepted"]],
    ["status and line combined", () => ({ status: "rework", line: a.product.lineId }), []],
  ])("filters by %s", async (_name, filters, expected) => {
    expect(await names(a.coordinator, filters())).toEqual(expected);
  });

  it("ignores malformed filters and cursors instead of failing", async () => {
    const result = await listBatches(a.coordinator, { status: "draft", village: "x", from: "2026-02-30", period: "whenever", cursor: "garbage" } as never);
    expect(result.items).toHaveLength(4);
  });

  it.each<[string, Filters, (i: BatchListItem) => string]>([
    ["logged", {}, (i) => i.createdAt.toISOString()],
    ["made", { from: "2026-01-01" }, (i) => i.producedTo],
    ["submitted", { period: "submitted", to: "2099-01-01" }, (i) => i.submittedAt!.toISOString()],
  ])("pages through every batch once, filtered, newest %s first", async (_name, filters, keyOf) => {
    const t = await createTenant();
    const far = await addProducer(t);
    for (let i = 0; i < 23; i++) await logBatch(i % 2 ? t.producer : far, batchInput(t.product.id, { producedTo: `2026-03-0${1 + (i % 4)}` }));
    await logBatch(t.producer, batchInput(t.product.id, { intent: "draft" }));
    const all: BatchListItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await listBatches(t.coordinator, { ...filters, village: t.village.id, cursor });
      expect(page.items.length).toBeLessThanOrEqual(20);
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(all).toHaveLength(23);
    expect(new Set(all.map((i) => i.id)).size).toBe(23);
    const keys = all.map((i) => `${keyOf(i)}|${i.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it("shows nothing of another association, even by its ids", async () => {
    expect(await names(b.coordinator, {})).toEqual(["b-felt"]);
    expect(await names(b.coordinator, { village: a.village.id })).toEqual([]);
    expect(await names(b.coordinator, { product: a.product.id })).toEqual([]);
    expect(await names(b.coordinator, { line: a.product.lineId })).toEqual([]);
  });

  it("is for coordinators and admins", async () => {
    for (const ctx of [a.producer, a.ministry]) {
      await expect(listBatches(ctx, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listBatchFilterOptions(ctx)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("offers the association's own lines and products as filters", async () => {
    const options = await listBatchFilterOptions(a.coordinator);
    expect(options.lines.map((l) => l.name)).toEqual(["Felt (FELT)", "HONEY (HONEY)"]);
    expect(options.products.map((p) => p.name)).toEqual(["Felt sheep (FELT-SHEEP)", "HONEY (HONEY-1)"]);
    expect((await listBatchFilterOptions(b.coordinator)).lines.map((l) => l.id)).not.toContain(honey.line.id);
  });
});

describe("a producer's own list", () => {
  it("includes their drafts, marked by status, and nobody else's batches", async () => {
    const mine = await listMyBatches(a.producer, {});
    expect(mine.items.map((i) => lots[i.id])).toEqual(["honey-rework", "felt-draft", "felt-march"]);
    expect(mine.items[1]).toMatchObject({ status: "draft", unit: "pcs" });
    expect((await listMyBatches(neighbour, {})).items.map((i) => lots[i.id])).toEqual(["felt-accepted", "honey-may"]);
  });
});
