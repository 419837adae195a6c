import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { payoutEntries, villages } from "@/db/schema";
import { addMember, createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { addProducer } from "@/lib/batches/test-fixtures";
import { ValidationError } from "@/lib/errors/domain-errors";
import { balances, type BalanceRow } from "./balances";
import { memberLedger } from "./ledger";
import { recordAdjustment } from "./record-adjustment";
import { recordPayment } from "./record-payment";
import { recordPayments } from "./record-payments";
import type { BalanceGrouping, LedgerFilters } from "./schemas";
import { acceptedBatchOf, groupWith, oweFor, refusal, shippedShipment } from "./test-fixtures";

/** A small seeded generator (mulberry32), so a failing sequence can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

let t: Tenant;
const people: { id: string; village: string; group: string | null }[] = [];
const model = new Map<string, number>();

async function allRows(groupBy: BalanceGrouping, filters: LedgerFilters = {}) {
  const rows: BalanceRow[] = [];
  let cursor: string | undefined;
  let page;
  do {
    page = await balances(t.admin, { groupBy, filters, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { rows, totals: page.totals };
}

async function rawSums() {
  const [row] = await (await db())
    .select({
      owed: sql<number>`coalesce(sum(${payoutEntries.amountMinor}) filter (where ${payoutEntries.kind} = 'owed'), 0)`.mapWith(Number),
      paid: sql<number>`coalesce(sum(${payoutEntries.amountMinor}) filter (where ${payoutEntries.kind} = 'paid'), 0)`.mapWith(Number),
      adjusted: sql<number>`coalesce(sum(${payoutEntries.amountMinor}) filter (where ${payoutEntries.kind} = 'adjustment'), 0)`.mapWith(Number),
      all: sql<number>`coalesce(sum(${payoutEntries.amountMinor}), 0)`.mapWith(Number),
    })
    .from(payoutEntries)
    .where(eq(payoutEntries.associationId, t.association.id));
  return row!;
}

/** Whether the ledger took the payment; refused input is an answer, anything else a failure. */
async function accepted(work: Promise<unknown>): Promise<boolean> {
  try {
    await work;
    return true;
  } catch (error) {
    if (error instanceof ValidationError) return false;
    throw error;
  }
}

const sumOf = (rows: BalanceRow[], key: "owedMinor" | "paidMinor" | "adjustedMinor" | "balanceMinor") => rows.reduce((s, r) => s + r[key], 0);

beforeAll(async () => {
  t = await createTenant("balances");
  await publishChecklist(t, t.product.lineId);
  const [second] = await (await db()).insert(villages).values({ associationId: t.association.id, districtId: t.district.id, nameEn: "Barskoon", nameRu: "Барскоон", nameKy: "Барскоон" }).returning();
  const seller = await addProducer(t, second!.id);
  const shipment = await shippedShipment(t, [
    { batchId: (await acceptedBatchOf(t, t.producer, 4)).id, quantity: 4 },
    { batchId: (await acceptedBatchOf(t, seller, 3)).id, quantity: 3 },
  ]);
  await oweFor(t.coordinator, shipment.id);
  const extra = [];
  for (let i = 0; i < 23; i += 1) extra.push(await addMember(t.association.id, i % 2 ? second!.id : t.village.id, { gender: "female", birthYear: 1980 + i }));
  const felt = await groupWith(t, null, extra.slice(0, 8).map((m) => m.id));
  const dyers = await groupWith(t, 500, extra.slice(8, 15).map((m) => m.id));
  people.push({ id: t.member.id, village: t.village.id, group: null }, { id: seller.memberId!, village: second!.id, group: null });
  for (const [i, m] of extra.entries()) {
    people.push({ id: m.id, village: m.villageId, group: i < 8 ? felt.id : i < 15 ? dyers.id : null });
    await recordAdjustment(t.admin, { memberId: m.id, amountMinor: (i + 1) * 1000, reason: "Opening balance" });
    model.set(m.id, (i + 1) * 1000);
  }
  model.set(t.member.id, 4 * 35000);
  model.set(seller.memberId!, 3 * 35000);
});

describe("balances equal the sum of the entries", () => {
  it("after a random run of payments and adjustments, per producer, village and group, page by page", async () => {
    const next = random(20260306);
    const pick = () => people[Math.floor(next() * people.length)]!.id;
    const seen = { paid: 0, overpaid: 0, listPaid: 0, listRefused: 0 };
    for (let step = 0; step < 60; step += 1) {
      const memberId = pick();
      const balance = model.get(memberId) ?? 0;
      const roll = next();
      if (roll < 0.35) {
        const amountMinor = Math.round((next() - 0.3) * 50000) || 1;
        await recordAdjustment(t.admin, { memberId, amountMinor, reason: `Random step ${step}` });
        model.set(memberId, balance + amountMinor);
      } else if (roll < 0.7) {
        const amountMinor = 1 + Math.floor(next() * Math.max(balance, 1) * 1.2);
        const paid = await accepted(recordPayment(t.admin, { memberId, amountMinor, paidOn: "2026-03-01", method: "cash" }));
        expect(paid).toBe(amountMinor <= balance);
        if (paid) model.set(memberId, balance - amountMinor);
        seen[paid ? "paid" : "overpaid"] += 1;
      } else {
        const chosen = [pick(), pick(), pick()];
        const payments = chosen.map((id) => ({ id, amountMinor: 1 + Math.floor(next() * 3000) }));
        const owedTo = new Map(model);
        const fits = payments.every((p) => {
          owedTo.set(p.id, (owedTo.get(p.id) ?? 0) - p.amountMinor);
          return owedTo.get(p.id)! >= 0;
        });
        const done = await accepted(recordPayments(t.admin, { paidOn: "2026-03-02", method: "bank", payments: payments.map((p) => ({ memberId: p.id, amountMinor: p.amountMinor })) }));
        expect(done).toBe(fits);
        if (done) for (const [id, value] of owedTo) model.set(id, value);
        seen[done ? "listPaid" : "listRefused"] += 1;
      }
    }
    // The run tried every path: payments that fit and ones that did not, one by one and in lists.
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);

    const raw = await rawSums();
    for (const groupBy of ["member", "village", "group"] as const) {
      const { rows, totals } = await allRows(groupBy);
      expect(totals).toEqual({ rows: rows.length, owedMinor: raw.owed, paidMinor: -raw.paid, adjustedMinor: raw.adjusted, balanceMinor: raw.all });
      expect([sumOf(rows, "owedMinor"), sumOf(rows, "paidMinor"), sumOf(rows, "adjustedMinor"), sumOf(rows, "balanceMinor")]).toEqual([raw.owed, -raw.paid, raw.adjusted, raw.all]);
      for (const r of rows) expect(r.owedMinor - r.paidMinor + r.adjustedMinor).toBe(r.balanceMinor);
    }
    const byMember = (await allRows("member")).rows;
    expect(byMember.length).toBeGreaterThan(20);
    expect(new Set(byMember.map((r) => r.id)).size).toBe(byMember.length);
    for (const r of byMember) expect(r.balanceMinor).toBe(model.get(r.id!) ?? 0);
    for (const village of new Set(people.map((p) => p.village))) {
      const expected = people.filter((p) => p.village === village).reduce((s, p) => s + (model.get(p.id) ?? 0), 0);
      expect((await allRows("village")).rows.find((r) => r.id === village)?.balanceMinor ?? 0).toBe(expected);
    }
    const groups = (await allRows("group")).rows;
    expect(groups.find((r) => r.id === null)?.name).toBe("");
    for (const r of groups) expect(r.balanceMinor).toBe(people.filter((p) => p.group === r.id).reduce((s, p) => s + (model.get(p.id) ?? 0), 0));

    const ledger = await memberLedger(t.admin, t.member.id);
    expect(ledger.items[0]?.balanceMinor).toBe(model.get(t.member.id));
    expect(ledger.sums.balanceMinor).toBe(model.get(t.member.id));
  });

  it("filters by village and to the producers with a balance to pay, totals following the rows", async () => {
    const second = people[1]!.village;
    const { rows, totals } = await allRows("member", { village: second });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => people.find((p) => p.id === r.id)?.village === second)).toBe(true);
    expect(totals.balanceMinor).toBe(sumOf(rows, "balanceMinor"));

    const due = await allRows("member", { due: "1" });
    expect(due.rows.every((r) => r.balanceMinor > 0)).toBe(true);
    expect(due.rows.map((r) => r.id).sort()).toEqual([...model].filter(([, v]) => v > 0).map(([id]) => id).sort());
    expect(due.totals.balanceMinor).toBe([...model.values()].filter((v) => v > 0).reduce((s, v) => s + v, 0));
    expect(await allRows("member", { q: "no such name" })).toMatchObject({ rows: [], totals: { rows: 0, balanceMinor: 0 } });
  });

  it("refuses a member of another association in the ledger", async () => {
    const other = await createTenant("balances-other");
    expect(await refusal(memberLedger(other.admin, t.member.id))).toMatchObject({ key: "notFound" });
  });
});
