import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { products, villages } from "@/db/schema";
import { createTenant, insertBatch, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import type { BatchFilters } from "./filters";
import { listBatches } from "./list-batches";
import { addLineWithProduct, addProducer } from "./test-fixtures";

type Row = { id: string; productId: string; memberId: string; status: string; createdAt: string; producedTo: string };

let t: Tenant;
let neighbour: Ctx;
let otherVillage: string;
let lineProducts: string[];
const rows: Row[] = [];

// 120 batches over two products of the felt line and one honey product, two villages and three
// statuses; pairs share a creation time and every ninth a production day, so ids break the ties.
beforeAll(async () => {
  t = await createTenant();
  const [village] = await (await db())
    .insert(villages)
    .values({ associationId: t.association.id, districtId: t.district.id, nameEn: "Bokonbaevo", nameRu: "Боконбаево", nameKy: "Бөкөнбаев" })
    .returning();
  otherVillage = village!.id;
  neighbour = await addProducer(t, otherVillage);
  const [felt2] = await (await db())
    .insert(products)
    .values({ associationId: t.association.id, lineId: t.product.lineId, sku: "FELT-YURT", nameEn: "Felt yurt", nameRu: "Юрта", nameKy: "Боз үй", producerPriceMinor: 100, currency: "KGS" })
    .returning();
  const honey = await addLineWithProduct(t, "HONEY");
  lineProducts = [t.product.id, felt2!.id];
  const productIds = [...lineProducts, honey.product.id];
  for (let i = 0; i < 120; i++) {
    const row = await insertBatch(t, {
      productId: productIds[i % 3]!,
      memberId: i % 4 < 2 ? t.member.id : neighbour.memberId!,
      status: i % 7 === 0 ? "draft" : i % 5 < 2 ? "rework" : "submitted",
      quantity: 20,
      producedFrom: "2026-03-01",
      producedTo: `2026-03-${String(10 + (i % 9)).padStart(2, "0")}`,
      createdAt: new Date(Date.UTC(2026, 3, 1, 8, Math.floor(i / 2))),
    });
    rows.push({ ...row, createdAt: row.createdAt.toISOString() });
  }
});

async function allPages(filters: BatchFilters) {
  const ids: string[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const page = await listBatches(t.coordinator, { ...filters, cursor });
    expect(page.items.length).toBeLessThanOrEqual(20);
    ids.push(...page.items.map((i) => i.id));
    pages += 1;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { ids, pages };
}

describe("the batch list filtered by line and more, page by page", () => {
  it.each<[string, () => BatchFilters, (r: Row) => boolean, (r: Row) => string]>([
    ["village, newest logged first", () => ({ line: t.product.lineId, village: t.village.id }), (r) => r.memberId === t.member.id && r.status !== "draft", (r) => r.createdAt],
    ["status, newest logged first", () => ({ line: t.product.lineId, status: "rework" }), (r) => r.status === "rework", (r) => r.createdAt],
    [
      "village and production period, latest made first",
      () => ({ line: t.product.lineId, village: otherVillage, from: "2026-03-12" }),
      (r) => r.memberId === neighbour.memberId && r.status !== "draft" && r.producedTo >= "2026-03-12",
      (r) => r.producedTo,
    ],
  ])("%s", async (_name, filters, matches, keyOf) => {
    const expected = rows
      .filter((r) => lineProducts.includes(r.productId) && matches(r))
      .map((r) => `${keyOf(r)}|${r.id}`)
      .sort()
      .reverse()
      .map((key) => key.split("|")[1]);
    expect(expected.length).toBeGreaterThan(20);
    const { ids, pages } = await allPages(filters());
    expect(pages).toBe(2);
    expect(ids).toEqual(expected);
  });
});
