import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { villages } from "@/db/schema";
import { addMember, createTenant, type Tenant } from "@/db/testing/factories";
import { encodeKeyCursor } from "@/lib/pagination/key-cursor";
import { balances, type BalanceRow } from "./balances";
import { recordAdjustment } from "./record-adjustment";
import type { BalanceGrouping, LedgerFilters } from "./schemas";
import { groupWith } from "./test-fixtures";

const NO_GROUP = "00000000-0000-0000-0000-000000000000";

let t: Tenant;
let second: string;
let other: Tenant;
let outsider: string;
const people: { id: string; village: string; group: string | null; balance: number }[] = [];

/** Every page of a list, and the totals each page gave. */
async function walk(ctx: Tenant["admin"], groupBy: BalanceGrouping, filters: LedgerFilters) {
  const rows: BalanceRow[] = [];
  const totals = [];
  let cursor: string | undefined;
  do {
    const page = await balances(ctx, { groupBy, filters, cursor });
    rows.push(...page.items);
    totals.push(page.totals);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { rows, totals };
}

/** The balances the list should show, from the amounts put in: per row id, `due` keeping those above zero. */
function expected(groupBy: BalanceGrouping, filters: LedgerFilters) {
  const key = (p: (typeof people)[number]) => (groupBy === "member" ? p.id : groupBy === "village" ? p.village : p.group);
  const sums = new Map<string | null, number>();
  for (const p of people.filter((p) => !filters.village || p.village === filters.village)) sums.set(key(p), (sums.get(key(p)) ?? 0) + p.balance);
  return new Map([...sums].filter(([, balance]) => !filters.due || balance > 0));
}

beforeAll(async () => {
  t = await createTenant("balance-pages");
  const [village] = await (await db()).insert(villages).values({ associationId: t.association.id, districtId: t.district.id, nameEn: "Tamga", nameRu: "Тамга", nameKy: "Тамга" }).returning();
  second = village!.id;
  // Advances below zero, balances paid back to zero and ordinary ones, in both villages and across groups.
  for (let i = 0; i < 30; i += 1) {
    const m = await addMember(t.association.id, i % 2 ? second : t.village.id, { gender: "female", birthYear: 1970 + i });
    const amounts = i % 5 === 0 ? [-(i + 1) * 700] : i % 7 === 0 ? [900, -900] : [(i + 1) * 1000];
    for (const amountMinor of amounts) await recordAdjustment(t.admin, { memberId: m.id, amountMinor, reason: "Opening balance" });
    people.push({ id: m.id, village: m.villageId, group: null, balance: amounts.reduce((s, a) => s + a, 0) });
  }
  for (const [from, to] of [[0, 10], [10, 18]] as const) {
    const group = await groupWith(t, null, people.slice(from, to).map((p) => p.id));
    for (const p of people.slice(from, to)) p.group = group.id;
  }
  other = await createTenant("balance-pages-other");
  outsider = (await addMember(other.association.id, other.village.id, { gender: "male", birthYear: 1980 })).id;
  await recordAdjustment(other.admin, { memberId: outsider, amountMinor: 123_000, reason: "Opening balance" });
});

describe("balance pages", () => {
  it("give the totals of the whole filter on every page, `due` judging each row by its own balance", async () => {
    for (const groupBy of ["member", "village", "group"] as const) {
      for (const filters of [{}, { due: "1" }, { village: second }, { village: second, due: "1" }] as LedgerFilters[]) {
        const { rows, totals } = await walk(t.admin, groupBy, filters);
        const want = expected(groupBy, filters);
        expect(new Map(rows.map((r) => [r.id, r.balanceMinor]))).toEqual(want);
        expect(rows.every((r) => r.owedMinor === 0 && r.paidMinor === 0 && r.adjustedMinor === r.balanceMinor)).toBe(true);
        const sum = [...want.values()].reduce((s, b) => s + b, 0);
        for (const pageTotals of totals) expect(pageTotals).toEqual({ rows: want.size, owedMinor: 0, paidMinor: 0, adjustedMinor: sum, balanceMinor: sum });
      }
    }
    // The cases above were there to see: two pages of producers, advances and balances paid back to
    // zero that `due` leaves out, and a village still due although it holds an advance.
    expect((await walk(t.admin, "member", {})).totals.length).toBe(2);
    expect(people.some((p) => p.balance === 0) && people.some((p) => p.balance < 0)).toBe(true);
    const dueVillages = (await walk(t.admin, "village", { due: "1" })).rows.map((r) => r.id);
    expect(people.some((p) => p.balance < 0 && dueVillages.includes(p.village))).toBe(true);
  });

  it("keeps the totals on a page past the last row, as a stale link opens it", async () => {
    for (const groupBy of ["member", "village", "group"] as const) {
      const { rows, totals } = await walk(t.admin, groupBy, { due: "1" });
      const last = rows.at(-1)!;
      const past = await balances(t.admin, { groupBy, filters: { due: "1" }, cursor: encodeKeyCursor({ key: last.name, id: last.id ?? NO_GROUP }) });
      expect(past).toMatchObject({ items: [], nextCursor: null, totals: totals[0] });
    }
  });

  it("counts only the caller's association", async () => {
    const mine = await balances(t.admin, { groupBy: "member" });
    expect(mine.totals.balanceMinor).toBe(people.reduce((s, p) => s + p.balance, 0));
    expect(await balances(t.admin, { groupBy: "member", filters: { member: outsider } })).toMatchObject({ items: [], totals: { rows: 0, balanceMinor: 0 } });
    expect((await balances(other.admin, { groupBy: "village" })).totals).toEqual({ rows: 1, owedMinor: 0, paidMinor: 0, adjustedMinor: 123_000, balanceMinor: 123_000 });
  });
});
