import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, batches } from "@/db/schema";
import { batchInput, createTenant, type Tenant } from "@/db/testing/factories";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { batchFormOptions } from "./form-options";
import { getMyBatch } from "./get-my-batch";
import { logBatch } from "./log-batch";
import { addLineWithProduct, addMaterial, addProducer, addUpload, sendBackForRework } from "./test-fixtures";
import { updateBatch } from "./update-batch";

let a: Tenant;
let b: Tenant;
let wool: string;
let sainfoin: string;
let walnut: string;

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
  wool = (await addMaterial(a, "WOOL", "fibre")).id;
  sainfoin = (await addMaterial(a, "SAINFOIN", "dye")).id;
  walnut = (await addMaterial(a, "WALNUT", "dye")).id;
});

const actions = async (batchId: string) =>
  (await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, batchId)).orderBy(asc(auditEvents.id))).map((e) => e.action);

const rowOf = async (batchId: string) => (await (await db()).select().from(batches).where(eq(batches.id, batchId)))[0]!;

/** The edit form's input for a batch: valid values, the batch id and an intent. */
const edit = (batchId: string, intent: "draft" | "submit", overrides: Record<string, unknown> = {}) => ({
  productId: a.product.id,
  quantity: 20,
  producedFrom: "2026-03-01",
  producedTo: "2026-03-10",
  notes: "Sainfoin yellow",
  batchId,
  intent,
  ...overrides,
});

async function draft(overrides: Record<string, unknown> = {}) {
  return logBatch(a.producer, batchInput(a.product.id, { intent: "draft", ...overrides }));
}

describe("drafts", () => {
  it("gets its lot and public codes at creation, and stays private and editable", async () => {
    const photo = await addUpload(a.producer);
    const saved = await draft({ materials: [{ materialId: wool, dyeLot: "ignored" }, { materialId: sainfoin, dyeLot: "S-7" }], photoIds: [photo] });
    expect(saved.status).toBe("draft");
    expect(saved.lotCode).toMatch(/^FELT-2026-\d{5}$/);
    const row = await rowOf(saved.id);
    expect(row.publicCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(row.submittedAt).toBeNull();
    const mine = await getMyBatch(a.producer, saved.id);
    expect(mine.editable).toBe(true);
    expect(mine.materials.map((m) => [m.name, m.dyeLot])).toEqual([
      ["WOOL", null],
      ["SAINFOIN", "S-7"],
    ]);
    expect(mine.materials[1]!.colourHex).toBe("#d4a017");
    expect(mine.photos.map((p) => p.id)).toEqual([photo]);
    expect(await actions(saved.id)).toEqual(["batch.created"]);
  });

  it("is replaced whole by an edit, then submitted with its lot code unchanged", async () => {
    const [first, second, third] = [await addUpload(a.producer), await addUpload(a.producer), await addUpload(a.producer)];
    const saved = await draft({ materials: [{ materialId: wool }], photoIds: [first, second] });
    const edited = await updateBatch(a.producer, edit(saved.id, "draft", { quantity: 12, notes: "", materials: [{ materialId: walnut, dyeLot: "W-1" }], photoIds: [third, first] }));
    expect(edited).toEqual({ id: saved.id, lotCode: saved.lotCode, status: "draft" });
    const mine = await getMyBatch(a.producer, saved.id);
    expect(mine).toMatchObject({ quantity: 12, notes: null, status: "draft" });
    expect(mine.materials.map((m) => [m.id, m.dyeLot])).toEqual([[walnut, "W-1"]]);
    expect(mine.photos.map((p) => p.id)).toEqual([third, first]);

    const submitted = await updateBatch(a.producer, edit(saved.id, "submit", { quantity: 14 }));
    expect(submitted).toEqual({ id: saved.id, lotCode: saved.lotCode, status: "submitted" });
    const row = await rowOf(saved.id);
    expect(row).toMatchObject({ status: "submitted", quantity: 14 });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect((await getMyBatch(a.producer, saved.id)).editable).toBe(false);
    expect(await actions(saved.id)).toEqual(["batch.created", "batch.updated", "batch.submitted"]);
  });

  it("refuses any change once submitted, and writes nothing", async () => {
    const saved = await logBatch(a.producer, batchInput(a.product.id));
    expect(saved.status).toBe("submitted");
    const before = await rowOf(saved.id);
    for (const intent of ["draft", "submit"] as const) {
      const error = await updateBatch(a.producer, edit(saved.id, intent, { quantity: 99 })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ key: "batchLocked" });
    }
    expect(await rowOf(saved.id)).toEqual(before);
    expect(await actions(saved.id)).toEqual(["batch.submitted"]);
  });

  it("is editable again when sent back for rework, and resubmitted with a new submission time", async () => {
    const saved = await logBatch(a.producer, batchInput(a.product.id));
    const firstSubmission = (await rowOf(saved.id)).submittedAt!;
    await sendBackForRework(saved.id);
    expect((await getMyBatch(a.producer, saved.id)).editable).toBe(true);
    expect((await updateBatch(a.producer, edit(saved.id, "draft", { quantity: 18 }))).status).toBe("rework");
    const resubmitted = await updateBatch(a.producer, edit(saved.id, "submit", { quantity: 18 }));
    expect(resubmitted.status).toBe("submitted");
    const row = await rowOf(saved.id);
    expect(row.quantity).toBe(18);
    expect(row.submittedAt!.getTime()).toBeGreaterThan(firstSubmission.getTime());
    expect(await actions(saved.id)).toEqual(["batch.submitted", "batch.updated", "batch.resubmitted"]);
    await expect(updateBatch(a.producer, edit(saved.id, "draft"))).rejects.toMatchObject({ key: "batchLocked" });
  });

  it("keeps the product within the line its lot code names", async () => {
    const honey = await addLineWithProduct(a, "HONEY");
    const saved = await draft();
    await expect(updateBatch(a.producer, edit(saved.id, "draft", { productId: honey.product.id }))).rejects.toMatchObject({ fieldErrors: { productId: "otherLine" } });
    await expect(updateBatch(a.producer, edit(saved.id, "draft", { productId: b.product.id }))).rejects.toMatchObject({ fieldErrors: { productId: "notFound" } });
    expect((await rowOf(saved.id)).productId).toBe(a.product.id);
  });

  it("returns the same draft for a repeated client request id", async () => {
    const input = batchInput(a.product.id, { intent: "draft" });
    const first = await logBatch(a.producer, input);
    const again = await logBatch(a.producer, { ...input, intent: "submit" });
    expect(again).toEqual(first);
    expect((await rowOf(first.id)).status).toBe("draft");
  });
});

describe("materials and photos", () => {
  it("refuses materials the line does not allow, retired ones and another association's", async () => {
    const notOnLine = (await addMaterial(a, "PLASTIC", "packaging", { allowed: false })).id;
    const retired = (await addMaterial(a, "OLD-DYE", "dye", { status: "retired" })).id;
    const foreign = (await addMaterial(b, "B-WOOL", "fibre")).id;
    const saved = await draft({ materials: [{ materialId: wool }] });
    for (const materialId of [notOnLine, retired, foreign]) {
      const materials = [{ materialId: wool }, { materialId }];
      await expect(draft({ materials })).rejects.toMatchObject({ fieldErrors: { materials: "notAllowed" } });
      await expect(updateBatch(a.producer, edit(saved.id, "submit", { materials }))).rejects.toMatchObject({ fieldErrors: { materials: "notAllowed" } });
    }
    const mine = await getMyBatch(a.producer, saved.id);
    expect(mine.status).toBe("draft");
    expect(mine.materials.map((m) => m.id)).toEqual([wool]);
  });

  it("refuses a material allowed only for another line", async () => {
    const honey = await addLineWithProduct(a, "HONEY2");
    const beeswax = (await addMaterial(a, "BEESWAX", "ingredient", { lineId: honey.line.id })).id;
    await expect(draft({ materials: [{ materialId: beeswax }] })).rejects.toMatchObject({ fieldErrors: { materials: "notAllowed" } });
  });

  it("refuses photos uploaded by someone else or for another purpose, and writes nothing", async () => {
    const neighbour = await addProducer(a);
    const own = await addUpload(a.producer);
    const cases = [await addUpload(neighbour), await addUpload(a.coordinator), await addUpload(b.producer), await addUpload(a.producer, "product_photo")];
    const saved = await draft({ photoIds: [own] });
    const count = async () => (await (await db()).select().from(batches).where(eq(batches.associationId, a.association.id))).length;
    const before = await count();
    for (const photo of cases) {
      await expect(draft({ photoIds: [own, photo] })).rejects.toMatchObject({ fieldErrors: { photoIds: "photoNotOwned" } });
      await expect(updateBatch(a.producer, edit(saved.id, "draft", { photoIds: [photo] }))).rejects.toMatchObject({ fieldErrors: { photoIds: "photoNotOwned" } });
    }
    expect(await count()).toBe(before);
    expect((await getMyBatch(a.producer, saved.id)).photos.map((p) => p.id)).toEqual([own]);
  });

  it.each([
    ["seven photos", { photoIds: Array.from({ length: 7 }, () => crypto.randomUUID()) }, "photoIds", "tooBig?max=6"],
    ["a photo twice", { photoIds: ["0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e", "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e"] }, "photoIds", "invalid"],
    ["a material twice", { materials: [{ materialId: "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e" }, { materialId: "0b7c6c2e-5a0e-4f5e-9d55-1f1d2b3c4d5e" }] }, "materials", "invalid"],
    ["an unknown intent", { intent: "publish" }, "intent", "invalidChoice"],
  ])("refuses %s", async (_name, override, field, key) => {
    const error = await draft(override).catch((e: unknown) => e);
    expect(error).toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: [field], message: key })]) });
  });
});

describe("who may change and read a batch", () => {
  it("answers not found for another producer's or association's batch, and forbids staff", async () => {
    const saved = await draft();
    const neighbour = await addProducer(a);
    for (const ctx of [neighbour, b.producer]) {
      await expect(updateBatch(ctx, edit(saved.id, "submit"))).rejects.toBeInstanceOf(NotFoundError);
      await expect(getMyBatch(ctx, saved.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const ctx of [a.coordinator, a.admin, a.ministry]) {
      await expect(updateBatch(ctx, edit(saved.id, "submit"))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getMyBatch(ctx, saved.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(getMyBatch(a.producer, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect((await rowOf(saved.id)).status).toBe("draft");
  });
});

describe("the form's choices", () => {
  it("offer the producer's own active products, one line's when asked, with each line's allowed materials", async () => {
    const jam = await addLineWithProduct(a, "JAM");
    const all = await batchFormOptions(a.producer);
    expect(all.products.map((p) => p.id)).toEqual(expect.arrayContaining([a.product.id, jam.product.id]));
    expect(all.products.map((p) => p.id)).not.toContain(b.product.id);
    expect(all.products.find((p) => p.id === a.product.id)).toMatchObject({ lineId: a.product.lineId, unit: "pcs" });
    expect(all.materialsByLine[a.product.lineId]!.map((m) => m.id)).toEqual(expect.arrayContaining([wool, sainfoin, walnut]));
    expect(all.materialsByLine[jam.line.id]).toEqual([]);
    const felt = await batchFormOptions(a.producer, a.product.lineId);
    expect(felt.products.map((p) => p.id)).toEqual([a.product.id]);
    expect(Object.keys(felt.materialsByLine)).toEqual([a.product.lineId]);
    await expect(batchFormOptions(a.coordinator)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
