import { beforeAll, describe, expect, it } from "vitest";
import { addMember, batchInput, createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { inspectBatch } from "@/db/testing/inspect-batch";
import { logBatch } from "@/lib/batches/log-batch";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import { getRegionalOverview } from "./regional-overview";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
  await publishChecklist(a, a.product.lineId);
  // With the factory's producer (female, born 1990): 6 women, 4 men; youth in 2026 (born 1991–2012): 5.
  const add = (gender: "female" | "male", birthYear: number, extra = {}) => addMember(a.association.id, a.village.id, { gender, birthYear, ...extra });
  for (const year of [1995, 2000, 2005, 1960, 1970]) await add("female", year);
  for (const year of [1998, 2001, 1980, 1985]) await add("male", year);
  await add("male", 1999, { status: "left" });
  await add("female", 1999, { joinedOn: "2027-01-01" });
  for (let i = 0; i < 7; i++) await addMember(b.association.id, b.village.id, { gender: "male", birthYear: 2000 });
});

describe("getRegionalOverview", () => {
  it("counts active members by gender and youth band, and production, per district", async () => {
    const report = await getRegionalOverview(a.ministry, { year: 2026 });
    expect(report.youthAgeBand).toEqual({ min: 14, max: 35 });
    expect(report.districts).toHaveLength(1);
    // 4 men is a cell of fewer than 5 people: hidden.
    expect(report.districts[0]).toMatchObject({ districtName: "Tong", activeMembers: 10, women: 6, men: null, youth: 5, batches: 0, quantity: 0, acceptedShare: null });
  });

  it("follows batches and decisions", async () => {
    const first = await logBatch(a.producer, batchInput(a.product.id, { quantity: 30, producedTo: "2026-04-02" }));
    const second = await logBatch(a.producer, batchInput(a.product.id, { quantity: 10, producedTo: "2026-04-03" }));
    await logBatch(a.producer, batchInput(a.product.id, { quantity: 99, producedFrom: "2025-04-01", producedTo: "2025-04-03" }));
    await logBatch(a.producer, batchInput(a.product.id, { quantity: 7, producedTo: "2026-04-04", intent: "draft" }));
    let report = await getRegionalOverview(a.ministry, { year: 2026 });
    expect(report.total).toMatchObject({ batches: 2, quantity: 40, acceptedShare: null });

    await inspectBatch(a, first.id, { outcome: "partially_accept", acceptedQuantity: 24, remarks: "6 pieces sorted out", overrideReason: "Colour differs from the sample" });
    await inspectBatch(a, second.id, { outcome: "accept" });
    report = await getRegionalOverview(a.ministry, { year: 2026 });
    expect(report.total.acceptedShare).toBeCloseTo(34 / 40);
    expect((await getRegionalOverview(a.ministry, { year: 2025 })).total).toMatchObject({ batches: 1, quantity: 99 });
  });

  it("never mixes in another association's members or batches", async () => {
    const report = await getRegionalOverview(b.ministry, { year: 2026 });
    expect(report.total).toMatchObject({ activeMembers: 8, men: 7, batches: 0 });
  });

  it("is closed to producers", async () => {
    await expect(getRegionalOverview(a.producer, { year: 2026 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
