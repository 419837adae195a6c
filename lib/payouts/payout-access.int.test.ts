import { beforeAll, describe, expect, it } from "vitest";
import { createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { addProducer } from "@/lib/batches/test-fixtures";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { balances } from "./balances";
import { exportLedger } from "./export-ledger";
import { memberLedger, myLedger } from "./ledger";
import { recordAdjustment } from "./record-adjustment";
import { recordPayment } from "./record-payment";
import { recordPayments } from "./record-payments";
import { refusal } from "./test-fixtures";

let a: Tenant;
let b: Tenant;
let neighbour: Ctx;

beforeAll(async () => {
  [a, b] = [await createTenant("access-a"), await createTenant("access-b")];
  neighbour = await addProducer(a);
  await recordAdjustment(a.admin, { memberId: a.member.id, amountMinor: 40000, reason: "Owed for felt" });
  await recordAdjustment(a.admin, { memberId: neighbour.memberId!, amountMinor: 90000, reason: "Owed for felt" });
  await recordPayment(a.admin, { memberId: a.member.id, amountMinor: 15000, paidOn: "2026-03-01", method: "cash" });
});

const payment = (memberId: string) => ({ memberId, amountMinor: 100, paidOn: "2026-03-02", method: "cash" as const });
// Each call is started only when its turn comes, so no refusal waits unobserved.
const staffReads = (ctx: Ctx) => [() => balances(ctx, { groupBy: "member" }), () => memberLedger(ctx, a.member.id), () => exportLedger(ctx, "csv", {})];
const writes = (ctx: Ctx, memberId = a.member.id) => [
  () => recordPayment(ctx, payment(memberId)),
  () => recordPayments(ctx, { paidOn: "2026-03-02", method: "cash", payments: [{ memberId, amountMinor: 100 }] }),
  () => recordAdjustment(ctx, { memberId, amountMinor: 100, reason: "Correction" }),
];

describe("who sees and records payouts", () => {
  it("shows a producer their own ledger only", async () => {
    const own = await myLedger(a.producer);
    expect(own.member.id).toBe(a.member.id);
    expect(own.sums).toEqual({ owedMinor: 0, paidMinor: 15000, adjustedMinor: 40000, balanceMinor: 25000 });
    expect(own.items.map((e) => [e.kind, e.amountMinor, e.balanceMinor])).toEqual([
      ["paid", -15000, 25000],
      ["adjustment", 40000, 40000],
    ]);
    expect((await myLedger(neighbour)).sums.balanceMinor).toBe(90000);
    for (const work of [...staffReads(a.producer), ...writes(a.producer)]) expect(await refusal(work())).toBeInstanceOf(ForbiddenError);
  });

  it("refuses a producer account with no member record", async () => {
    expect(await refusal(myLedger({ ...a.producer, memberId: null }))).toBeInstanceOf(ForbiddenError);
  });

  it("keeps coordinators and the ministry out of payout records and reads", async () => {
    for (const ctx of [a.coordinator, a.ministry]) {
      for (const work of [...staffReads(ctx), ...writes(ctx), () => myLedger(ctx)]) expect(await refusal(work())).toBeInstanceOf(ForbiddenError);
    }
  });

  it("lets an admin read and record", async () => {
    expect((await balances(a.admin, { groupBy: "member" })).totals.balanceMinor).toBe(25000 + 90000);
    expect((await memberLedger(a.admin, neighbour.memberId!)).sums.balanceMinor).toBe(90000);
    for (const work of writes(a.admin, neighbour.memberId!)) await work();
    expect((await memberLedger(a.admin, neighbour.memberId!)).sums.balanceMinor).toBe(90000 - 100 - 100 + 100);
  });
});

describe("another association's payouts", () => {
  it("are not found, and absent from lists and exports", async () => {
    for (const work of writes(b.admin)) expect(await refusal(work())).toBeInstanceOf(NotFoundError);
    expect(await refusal(memberLedger(b.admin, a.member.id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(memberLedger(b.admin, "not-a-uuid"))).toBeInstanceOf(NotFoundError);
    expect(await balances(b.admin, { groupBy: "member" })).toMatchObject({ items: [], totals: { rows: 0, balanceMinor: 0 } });
    const file = await exportLedger(b.admin, "csv", { member: a.member.id });
    expect(String(file.body).trim().split("\n")).toHaveLength(1);
    expect((await myLedger(b.producer)).items).toEqual([]);
  });
});
