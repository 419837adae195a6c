import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, payoutEntries } from "@/db/schema";
import { addMember, createTenant, type Tenant } from "@/db/testing/factories";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { memberLedger } from "./ledger";
import { recordAdjustment } from "./record-adjustment";
import { recordPayment } from "./record-payment";
import { recordPayments } from "./record-payments";
import { refusal } from "./test-fixtures";

let a: Tenant;

beforeAll(async () => {
  a = await createTenant("pay-a");
});

async function newMember(owedMinor: number) {
  const member = await addMember(a.association.id, a.village.id, { gender: "female", birthYear: 1988 });
  if (owedMinor !== 0) await recordAdjustment(a.admin, { memberId: member.id, amountMinor: owedMinor, reason: "Opening balance" });
  return member;
}

async function balanceOf(memberId: string): Promise<number> {
  const [row] = await (await db())
    .select({ sum: sql<number>`coalesce(sum(${payoutEntries.amountMinor}), 0)`.mapWith(Number) })
    .from(payoutEntries)
    .where(eq(payoutEntries.memberId, memberId));
  return row!.sum;
}

const entryCount = async () => (await (await db()).select({ n: sql<number>`count(*)`.mapWith(Number) }).from(payoutEntries))[0]!.n;

describe("recording a payment", () => {
  it("stores the amount paid as a negative entry with its date, method and reference, audited", async () => {
    const member = await newMember(50000);
    const { id } = await recordPayment(a.admin, { memberId: member.id, amountMinor: 20000, paidOn: "2026-03-05", method: "mobile", reference: " MB-77 " });
    const [entry] = await (await db()).select().from(payoutEntries).where(eq(payoutEntries.id, id));
    expect(entry).toMatchObject({ kind: "paid", amountMinor: -20000, paidOn: "2026-03-05", method: "mobile", reference: "MB-77", currency: "KGS", createdBy: a.admin.userId });
    expect(await balanceOf(member.id)).toBe(30000);
    const [event] = await (await db()).select().from(auditEvents).where(and(eq(auditEvents.entityId, member.id), eq(auditEvents.action, "payout.paid")));
    expect(event).toMatchObject({ actorId: a.admin.userId, after: { entryId: id, amountMinor: -20000, method: "mobile", balanceMinor: 30000 } });
  });

  it("pays the whole balance but refuses more, saying what the balance is", async () => {
    const member = await newMember(35050);
    const over = await refusal(recordPayment(a.admin, { memberId: member.id, amountMinor: 35051, paidOn: "2026-03-05", method: "cash" }));
    expect(over).toBeInstanceOf(ValidationError);
    expect(over).toMatchObject({ fieldErrors: { amountMinor: "overpayment?balance=350.50+KGS" } });
    await recordPayment(a.admin, { memberId: member.id, amountMinor: 35050, paidOn: "2026-03-05", method: "cash" });
    expect(await balanceOf(member.id)).toBe(0);
    expect(await refusal(recordPayment(a.admin, { memberId: member.id, amountMinor: 1, paidOn: "2026-03-05", method: "cash" }))).toMatchObject({ fieldErrors: { amountMinor: "overpayment?balance=0.00+KGS" } });
  });

  it("refuses invalid input field by field", async () => {
    const member = await newMember(1000);
    const bad = await refusal(recordPayment(a.admin, { memberId: member.id, amountMinor: 0, paidOn: "2999-01-01", method: "cheque" as "cash", reference: "x".repeat(101) }));
    expect(bad).toMatchObject({ issues: expect.any(Array) });
    const fields = (bad as { issues: { path: PropertyKey[]; message: string }[] }).issues.map((i) => [i.path.join("."), i.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["amountMinor", "amountPositive"],
        ["paidOn", "dateInFuture"],
        ["method", "invalidChoice"],
        ["reference", "tooLong?max=100"],
      ]),
    );
    expect(await balanceOf(member.id)).toBe(1000);
  });

  it("lets two admins paying the whole balance at once succeed only once", async () => {
    const member = await newMember(9000);
    const pay = () => recordPayment(a.admin, { memberId: member.id, amountMinor: 9000, paidOn: "2026-03-05", method: "cash" });
    const results = await Promise.allSettled([pay(), pay(), pay()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await balanceOf(member.id)).toBe(0);
  });
});

describe("recording adjustments", () => {
  it("adds or takes away with a reason, even below zero, and keeps every entry", async () => {
    const member = await newMember(0);
    await recordAdjustment(a.admin, { memberId: member.id, amountMinor: 5000, reason: "Missed in shipment EXP-2026-001" });
    await recordAdjustment(a.admin, { memberId: member.id, amountMinor: -7000, reason: "Advance paid in cash" });
    expect(await balanceOf(member.id)).toBe(-2000);
    const ledger = await memberLedger(a.admin, member.id);
    expect(ledger.items.map((e) => [e.kind, e.amountMinor, e.balanceMinor, e.reason])).toEqual([
      ["adjustment", -7000, -2000, "Advance paid in cash"],
      ["adjustment", 5000, 5000, "Missed in shipment EXP-2026-001"],
    ]);
    expect(ledger.sums).toEqual({ owedMinor: 0, paidMinor: 0, adjustedMinor: -2000, balanceMinor: -2000 });
    expect(await refusal(recordPayment(a.admin, { memberId: member.id, amountMinor: 1, paidOn: "2026-03-05", method: "cash" }))).toBeInstanceOf(ValidationError);
  });

  it("refuses a zero amount or a missing reason", async () => {
    const member = await newMember(0);
    expect(await refusal(recordAdjustment(a.admin, { memberId: member.id, amountMinor: 0, reason: "Nothing" }))).toMatchObject({ issues: [expect.objectContaining({ message: "amountNonZero" })] });
    expect(await refusal(recordAdjustment(a.admin, { memberId: member.id, amountMinor: 10, reason: " " }))).toMatchObject({ issues: [expect.objectContaining({ message: "reasonRequired" })] });
    expect(await balanceOf(member.id)).toBe(0);
  });
});

describe("recording payments from the list", () => {
  it("records every payment in one go, counting several payments to one producer together", async () => {
    const [m1, m2] = [await newMember(10000), await newMember(20000)];
    const result = await recordPayments(a.admin, {
      paidOn: "2026-03-06",
      method: "bank",
      payments: [
        { memberId: m1.id, amountMinor: 4000, reference: "B-1" },
        { memberId: m2.id, amountMinor: 20000 },
        { memberId: m1.id, amountMinor: 6000 },
      ],
    });
    expect(result).toEqual({ entries: 3, totalMinor: 30000 });
    expect([await balanceOf(m1.id), await balanceOf(m2.id)]).toEqual([0, 0]);
  });

  it("records nothing when one row is refused, and names the refused rows by index", async () => {
    const [m1, m2, m3] = [await newMember(10000), await newMember(5000), await newMember(8000)];
    const before = await entryCount();
    const refused = await refusal(
      recordPayments(a.admin, {
        paidOn: "2026-03-06",
        method: "cash",
        payments: [
          { memberId: m1.id, amountMinor: 10000 },
          { memberId: m2.id, amountMinor: 5001 },
          { memberId: m3.id, amountMinor: 8000 },
          { memberId: m1.id, amountMinor: 1 },
        ],
      }),
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused).toMatchObject({ fieldErrors: { "payments.1.amountMinor": "overpayment?balance=50.00+KGS", "payments.3.amountMinor": "overpayment?balance=0.00+KGS" } });
    expect(Object.keys((refused as ValidationError).fieldErrors!)).toHaveLength(2);
    expect(await entryCount()).toBe(before);
    expect([await balanceOf(m1.id), await balanceOf(m2.id), await balanceOf(m3.id)]).toEqual([10000, 5000, 8000]);

    const invalid = await refusal(recordPayments(a.admin, { paidOn: "2026-13-01", method: "cash", payments: [{ memberId: m1.id, amountMinor: 100 }, { memberId: m2.id, amountMinor: -5 }] }));
    expect(invalid).toMatchObject({ fieldErrors: { paidOn: "invalidDate", "payments.1.amountMinor": "amountPositive" } });
    expect(await refusal(recordPayments(a.admin, { paidOn: "2026-03-06", method: "cash", payments: [] }))).toMatchObject({ fieldErrors: { payments: "choosePayments" } });
    expect(await entryCount()).toBe(before);
  });

  it("refuses the whole list when a producer is not of the association", async () => {
    const b = await createTenant("pay-b");
    const m1 = await newMember(10000);
    const refused = await refusal(recordPayments(a.admin, { paidOn: "2026-03-06", method: "cash", payments: [{ memberId: m1.id, amountMinor: 100 }, { memberId: b.member.id, amountMinor: 100 }] }));
    expect(refused).toBeInstanceOf(NotFoundError);
    expect(await balanceOf(m1.id)).toBe(10000);
  });
});
