import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, batches } from "@/db/schema";
import { batchInput, createTenant, type Tenant } from "@/db/testing/factories";
import { DomainError, ForbiddenError } from "@/lib/errors/domain-errors";
import { getBatch } from "./get-batch";
import { listMyBatches } from "./list-my-batches";
import { logBatch } from "./log-batch";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
});

async function batchCount(associationId: string) {
  return (await (await db()).select().from(batches).where(eq(batches.associationId, associationId))).length;
}

describe("logBatch", () => {
  it("creates a submitted batch with a lot code and an audit event", async () => {
    const batch = await logBatch(a.producer, batchInput(a.product.id, { producedTo: "2026-03-10" }));
    expect(batch.lotCode).toMatch(/^FELT-2026-\d{5}$/);
    const details = await getBatch(a.producer, batch.id);
    expect(details.status).toBe("submitted");
    expect(details.quantity).toBe(20);
    expect(details.publicCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, batch.id)).orderBy(asc(auditEvents.id));
    expect(events.map((e) => e.action)).toEqual(["batch.submitted"]);
  });

  it("numbers lots per line and year in sequence", async () => {
    const first = await logBatch(a.producer, batchInput(a.product.id, { producedFrom: "2025-05-01", producedTo: "2025-05-02" }));
    const second = await logBatch(a.producer, batchInput(a.product.id, { producedFrom: "2025-05-01", producedTo: "2025-05-03" }));
    expect(first.lotCode).toBe("FELT-2025-00001");
    expect(second.lotCode).toBe("FELT-2025-00002");
  });

  it("returns the same batch for a repeated or parallel client request id", async () => {
    const input = batchInput(a.product.id);
    const before = await batchCount(a.association.id);
    const results = await Promise.all([logBatch(a.producer, input), logBatch(a.producer, input), logBatch(a.producer, input)]);
    const again = await logBatch(a.producer, input);
    expect(new Set([...results, again].map((r) => r.id)).size).toBe(1);
    expect(await batchCount(a.association.id)).toBe(before + 1);
  });

  it.each([
    ["missing product", { productId: undefined }, "productId", "required"],
    ["empty quantity", { quantity: "" }, "quantity", "required"],
    ["negative quantity", { quantity: -3 }, "quantity", "tooSmall?min=1"],
    ["zero quantity", { quantity: 0 }, "quantity", "tooSmall?min=1"],
    ["fractional quantity", { quantity: 2.5 }, "quantity", "invalidType"],
    ["text as quantity", { quantity: "many" }, "quantity", "invalidType"],
    ["huge quantity", { quantity: 10_000_000 }, "quantity", "tooBig?max=100000"],
    ["notes too long", { notes: "x".repeat(1001) }, "notes", "tooLong?max=1000"],
    ["end before start", { producedFrom: "2026-03-10", producedTo: "2026-03-01" }, "producedTo", "dateOrder"],
    ["future date", { producedFrom: "2026-03-10", producedTo: "2099-01-01" }, "producedTo", "dateInFuture"],
    ["impossible date", { producedFrom: "2026-02-30" }, "producedFrom", "invalidDate"],
    ["bad request id", { clientRequestId: "abc" }, "clientRequestId", "invalidFormat"],
  ])("refuses %s and writes nothing", async (_name, override, field, key) => {
    const before = await batchCount(a.association.id);
    const error = await logBatch(a.producer, batchInput(a.product.id, override)).catch((e: unknown) => e);
    expect(error).toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: [field], message: key })]) });
    expect(await batchCount(a.association.id)).toBe(before);
  });

  it("treats another association's product as not found", async () => {
    const before = await batchCount(a.association.id);
    const error = await logBatch(a.producer, batchInput(b.product.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors).toEqual({ productId: "notFound" });
    expect(await batchCount(a.association.id)).toBe(before);
  });

  it("is for producers only", async () => {
    await expect(logBatch(a.coordinator, batchInput(a.product.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(logBatch(a.ministry, batchInput(a.product.id))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("reading batches", () => {
  it("lists only the producer's own batches, newest first, page by page", async () => {
    const own = await createTenant("pages");
    for (let i = 0; i < 23; i++) await logBatch(own.producer, batchInput(own.product.id));
    const first = await listMyBatches(own.producer, {});
    expect(first.items).toHaveLength(20);
    const second = await listMyBatches(own.producer, { cursor: first.nextCursor! });
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(23);
    const times = [...first.items, ...second.items].map((i) => i.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it("answers not found for another association's batch and another producer's batch", async () => {
    const batch = await logBatch(a.producer, batchInput(a.product.id));
    await expect(getBatch(b.coordinator, batch.id)).rejects.toMatchObject({ key: "notFound" });
    await expect(getBatch(b.producer, batch.id)).rejects.toMatchObject({ key: "notFound" });
    await expect(getBatch(a.coordinator, "not-a-uuid")).rejects.toMatchObject({ key: "notFound" });
    expect((await getBatch(a.coordinator, batch.id)).id).toBe(batch.id);
  });
});
