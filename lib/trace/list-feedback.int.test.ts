import { beforeAll, describe, expect, it } from "vitest";
import { createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { acceptedLot } from "@/lib/labels/sheet/testing/label-fixtures";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { refusal } from "@/lib/shipments/test-fixtures";
import { feedbackSummary, listFeedback } from "./list-feedback";
import { addFeedback } from "./test-fixtures";

let a: Tenant;
let b: Tenant;
let lotA: Awaited<ReturnType<typeof acceptedLot>>;
let quietLot: Awaited<ReturnType<typeof acceptedLot>>;
let lotB: Awaited<ReturnType<typeof acceptedLot>>;

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeAll(async () => {
  [a, b] = [await createTenant("fbl-a"), await createTenant("fbl-b")];
  await Promise.all([publishChecklist(a, a.product.lineId), publishChecklist(b, b.product.lineId)]);
  [lotA, quietLot, lotB] = [await acceptedLot(a), await acceptedLot(a), await acceptedLot(b)];
  for (let i = 0; i < PAGE_SIZE; i++) await addFeedback(a, lotA.id, { rating: 4, createdAt: minutesAgo(100 + i) });
  await addFeedback(a, lotA.id, { rating: 2, comment: "Ухо оторвалось", createdAt: minutesAgo(1) });
  await addFeedback(b, lotB.id, { rating: 1, comment: "b only", createdAt: minutesAgo(0) });
});

describe("listFeedback", () => {
  it("lists the association's feedback newest first with lot and product, a page at a time", async () => {
    const first = await listFeedback(a.coordinator);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.items[0]).toMatchObject({ rating: 2, comment: "Ухо оторвалось", locale: "ja", batchId: lotA.id, lotCode: lotA.lotCode, productName: "Felt sheep" });
    expect(first.nextCursor).not.toBeNull();
    const second = await listFeedback(a.admin, { cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [expect.objectContaining({ batchId: lotA.id, rating: 4 })], nextCursor: null });
    const seen = [...first.items, ...second.items].map((f) => f.createdAt.getTime());
    expect(seen).toEqual([...seen].sort((x, y) => y - x));
  });

  it("narrows to one lot, and sums up its ratings", async () => {
    expect(await listFeedback(a.coordinator, { batchId: quietLot.id })).toEqual({ items: [], nextCursor: null });
    expect(await feedbackSummary(a.coordinator, quietLot.id)).toEqual({ count: 0, average: null });
    const summary = await feedbackSummary(a.coordinator, lotA.id);
    expect(summary.count).toBe(PAGE_SIZE + 1);
    expect(summary.average).toBeCloseTo((4 * PAGE_SIZE + 2) / (PAGE_SIZE + 1), 5);
  });

  it("never shows another association's feedback, and treats its lots as not found", async () => {
    expect((await listFeedback(b.coordinator)).items.map((f) => f.comment)).toEqual(["b only"]);
    expect(await refusal(listFeedback(b.coordinator, { batchId: lotA.id }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(feedbackSummary(b.admin, lotA.id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(listFeedback(a.coordinator, { batchId: "not-a-uuid" }))).toBeInstanceOf(NotFoundError);
  });

  it("is for coordinators and admins only", async () => {
    for (const ctx of [a.producer, a.ministry]) {
      expect(await refusal(listFeedback(ctx))).toMatchObject({ key: "forbidden" });
      expect(await refusal(feedbackSummary(ctx, lotA.id))).toMatchObject({ key: "forbidden" });
    }
  });
});
