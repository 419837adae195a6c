import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { batchInput, createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { updateBatchAction } from "@/app/(app)/my-batches/[id]/edit/actions";
import { loadMyBatch } from "@/app/(app)/my-batches/[id]/load-my-batch";
import { logBatchAction } from "@/app/(app)/my-batches/new/actions";
import { logBatch } from "./log-batch";
import { addProducer } from "./test-fixtures";

const session = vi.hoisted(() => ({ ctx: undefined as Ctx | undefined }));
vi.mock("@/lib/auth/session", () => ({ requireSession: () => Promise.resolve(session.ctx) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let a: Tenant;
let b: Tenant;
let neighbour: Ctx;

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
  neighbour = await addProducer(a);
});

beforeEach(() => {
  session.ctx = undefined;
});

const as = (ctx: Ctx) => {
  session.ctx = ctx;
};
const NOT_FOUND_PAGE = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
const edit = (batchId: string) => ({ ...batchInput(a.product.id), batchId, intent: "submit" as const });

describe("the producer's batch actions", () => {
  it("logs a draft and submits it through the edit action", async () => {
    as(a.producer);
    const created = await logBatchAction(batchInput(a.product.id, { intent: "draft" }));
    expect(created).toMatchObject({ ok: true, data: { status: "draft" } });
    const id = created.ok ? created.data.id : "";
    expect(await updateBatchAction(edit(id))).toMatchObject({ ok: true, data: { id, status: "submitted" } });
    expect(await updateBatchAction(edit(id))).toEqual({ ok: false, error: "batchLocked" });
  });

  it("refuses staff, and treats another producer's or association's batch as not found", async () => {
    as(a.producer);
    const created = await logBatch(a.producer, batchInput(a.product.id, { intent: "draft" }));
    for (const ctx of [neighbour, b.producer]) {
      as(ctx);
      expect(await updateBatchAction(edit(created.id))).toEqual({ ok: false, error: "notFound" });
    }
    for (const ctx of [a.coordinator, a.ministry]) {
      as(ctx);
      expect(await updateBatchAction(edit(created.id))).toEqual({ ok: false, error: "forbidden" });
      expect(await logBatchAction(batchInput(a.product.id))).toEqual({ ok: false, error: "forbidden" });
    }
    as(b.producer);
    expect(await logBatchAction(batchInput(a.product.id))).toEqual({ ok: false, error: "validation", fieldErrors: { productId: "notFound" } });
  });
});

describe("the producer's batch pages", () => {
  it("load only the producer's own batch; anything else is the not-found page", async () => {
    const created = await logBatch(a.producer, batchInput(a.product.id));
    as(a.producer);
    expect((await loadMyBatch(created.id)).batch).toMatchObject({ id: created.id, editable: false });
    for (const ctx of [neighbour, b.producer, a.coordinator, a.admin, a.ministry]) {
      as(ctx);
      await expect(loadMyBatch(created.id)).rejects.toMatchObject(NOT_FOUND_PAGE);
    }
    as(a.producer);
    await expect(loadMyBatch("../etc")).rejects.toMatchObject(NOT_FOUND_PAGE);
  });
});
