import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { traceFeedback } from "@/db/schema";
import { batchInput, createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { logBatch } from "@/lib/batches/log-batch";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { acceptedLot } from "@/lib/labels/sheet/testing/label-fixtures";
import { refusal } from "@/lib/shipments/test-fixtures";
import { FEEDBACK_PER_LOT_PER_DAY, FEEDBACK_PER_VISITOR_PER_DAY, submitTraceFeedback, type Visitor } from "./submit-feedback";
import { addFeedback } from "./test-fixtures";

let a: Tenant;
let b: Tenant;
let lot: Awaited<ReturnType<typeof acceptedLot>>;

const newVisitor = (): Visitor => ({ hash: randomUUID(), locale: "ja" });

async function storedFor(visitor: Visitor) {
  return (await db()).select().from(traceFeedback).where(eq(traceFeedback.visitorHash, visitor.hash));
}

beforeAll(async () => {
  [a, b] = [await createTenant("fb-a"), await createTenant("fb-b")];
  await Promise.all([publishChecklist(a, a.product.lineId), publishChecklist(b, b.product.lineId)]);
  lot = await acceptedLot(a);
});

describe("submitTraceFeedback", () => {
  it("stores the rating and comment for the lot's association, in the visitor's language", async () => {
    const visitor = newVisitor();
    expect(await submitTraceFeedback(visitor, lot.publicCode, { rating: "5", comment: " とても可愛い " })).toEqual({ stored: true });
    expect(await storedFor(visitor)).toEqual([
      expect.objectContaining({ associationId: a.association.id, batchId: lot.id, rating: 5, comment: "とても可愛い", locale: "ja" }),
    ]);
  });

  it("refuses bad ratings, long comments and links, with the field that is wrong", async () => {
    const visitor = newVisitor();
    const tries = [
      { rating: "0", comment: "" },
      { rating: "4", comment: "x".repeat(501) },
      { rating: "4", comment: "visit https://spam.example" },
    ];
    const refusals = await Promise.all(tries.map((input) => refusal(submitTraceFeedback(visitor, lot.publicCode, input))));
    expect(refusals.map((e) => (e as ValidationError).fieldErrors)).toEqual([{ rating: "tooSmall?min=1" }, { comment: "tooLong?max=500" }, { comment: "noLinks" }]);
    expect(refusals.every((e) => e instanceof ValidationError)).toBe(true);
    expect(await storedFor(visitor)).toEqual([]);
  });

  it("pretends to take a filled honeypot and keeps nothing", async () => {
    const visitor = newVisitor();
    expect(await submitTraceFeedback(visitor, lot.publicCode, { rating: "5", comment: "great", website: "http://spam.example" })).toEqual({ stored: false });
    expect(await storedFor(visitor)).toEqual([]);
  });

  it("takes feedback only on lots with a public page", async () => {
    const submitted = await logBatch(a.producer, batchInput(a.product.id));
    const [row] = await (await db()).query.batches.findMany({ where: (t, { eq: is }) => is(t.id, submitted.id), columns: { publicCode: true } });
    expect(await refusal(submitTraceFeedback(newVisitor(), row!.publicCode, { rating: "5", comment: "" }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(submitTraceFeedback(newVisitor(), "0123456789ABCDEF", { rating: "5", comment: "" }))).toBeInstanceOf(NotFoundError);
  });

  it(`takes ${FEEDBACK_PER_LOT_PER_DAY} per visitor and lot a day, also when they arrive together`, async () => {
    const visitor = newVisitor();
    const results = await Promise.all(Array.from({ length: 20 }, () => refusal(submitTraceFeedback(visitor, lot.publicCode, { rating: "4", comment: "" }))));
    expect(results.filter((r) => r === undefined)).toHaveLength(FEEDBACK_PER_LOT_PER_DAY);
    expect(results.filter((r) => r instanceof ConflictError && r.key === "feedbackLimit")).toHaveLength(20 - FEEDBACK_PER_LOT_PER_DAY);
    expect(await storedFor(visitor)).toHaveLength(FEEDBACK_PER_LOT_PER_DAY);

    const other = await acceptedLot(a);
    await submitTraceFeedback(visitor, other.publicCode, { rating: "4", comment: "" });
    await submitTraceFeedback(newVisitor(), lot.publicCode, { rating: "4", comment: "" });
  });

  it(`takes ${FEEDBACK_PER_VISITOR_PER_DAY} per visitor a day across all lots, and forgets what is older than a day`, async () => {
    const visitor = newVisitor();
    const elsewhere = await acceptedLot(b);
    const now = new Date();
    for (let i = 0; i < FEEDBACK_PER_VISITOR_PER_DAY - 1; i++) {
      await addFeedback(b, elsewhere.id, { visitorHash: visitor.hash, createdAt: new Date(now.getTime() - (i + 1) * 60 * 60 * 1000) });
    }
    await submitTraceFeedback(visitor, lot.publicCode, { rating: "3", comment: "" }, now);
    const refused = await refusal(submitTraceFeedback(visitor, lot.publicCode, { rating: "3", comment: "" }, now));
    expect(refused).toMatchObject({ key: "feedbackLimit" });
    // An hour later the oldest of the day (made 19 hours before) is still inside; 6 hours later it is out.
    expect(await refusal(submitTraceFeedback(visitor, lot.publicCode, { rating: "3", comment: "" }, new Date(now.getTime() + 60 * 60 * 1000)))).toBeInstanceOf(ConflictError);
    expect(await submitTraceFeedback(visitor, lot.publicCode, { rating: "3", comment: "" }, new Date(now.getTime() + 6 * 60 * 60 * 1000))).toEqual({ stored: true });
  });
});
