import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { associations, auditEvents, files, products } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { listActiveProducts } from "@/lib/products/list-products";
import { getLine } from "./get-line";
import { getProduct } from "./get-product";
import { saveProduct } from "./save-product";
import { productInput } from "./test-inputs";

let a: Tenant;
let b: Tenant;
let felt: string;

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
  felt = a.product.lineId;
});

async function uploadedPhoto(ctx: Ctx, purpose: "product_photo" | "batch_photo" = "product_photo") {
  const [file] = await (await db())
    .insert(files)
    .values({ associationId: ctx.associationId, storageKey: randomUUID(), purpose, contentType: "image/webp", byteSize: 1000, sha256: "0".repeat(64), uploadedBy: ctx.userId })
    .returning({ id: files.id });
  return file!.id;
}

describe("products", () => {
  it("adds a product with its price in tyiyn, specs and article number", async () => {
    const { id } = await saveProduct(a.coordinator, productInput(felt, { sku: "felt-bird", price: "250,50", articleNumber: "4006381333931", lengthMm: "120", weightG: "40", weightToleranceG: "5" }));
    expect(await getProduct({ ...a.coordinator, locale: "ky" }, id)).toMatchObject({
      sku: "FELT-BIRD",
      name: "Кийиз куш",
      producerPriceMinor: 25050,
      currency: "KGS",
      articleNumber: "4006381333931",
      lengthMm: 120,
      widthMm: null,
      weightG: 40,
      weightToleranceG: 5,
      line: { id: felt, code: "FELT", status: "active" },
      photoIds: [],
    });
    expect((await getLine(a.coordinator, felt)).products.map((p) => p.sku)).toEqual(["FELT-BIRD", "FELT-SHEEP"]);
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events).toMatchObject([{ action: "product.created", after: { sku: "FELT-BIRD", producerPriceMinor: 25050 } }]);
  });

  it("takes the association's currency and its decimals", async () => {
    await (await db()).update(associations).set({ currency: "JPY" }).where(eq(associations.id, b.association.id));
    const { id } = await saveProduct(b.coordinator, productInput(b.product.lineId, { price: "1200" }));
    expect(await getProduct(b.coordinator, id)).toMatchObject({ producerPriceMinor: 1200, currency: "JPY" });
    await expect(saveProduct(b.coordinator, productInput(b.product.lineId, { sku: "FELT-FOX", price: "1200.5" }))).rejects.toMatchObject({ fieldErrors: { price: "priceDecimals?max=0" } });
    await (await db()).update(associations).set({ currency: "KGS" }).where(eq(associations.id, b.association.id));
  });

  it("edits, clears specs and retires a product, which then takes no batches until reactivated", async () => {
    const { id } = await saveProduct(a.coordinator, productInput(felt, { sku: "FELT-YURT", heightMm: "90", sizeToleranceMm: "3" }));
    const edit = productInput(felt, { id, sku: "FELT-YURT", price: "280", heightMm: "", sizeToleranceMm: "", status: "retired" });
    await saveProduct(a.admin, edit);
    expect(await getProduct(a.admin, id)).toMatchObject({ status: "retired", producerPriceMinor: 28000, heightMm: null, sizeToleranceMm: null });
    expect((await listActiveProducts(a.producer)).map((p) => p.sku)).not.toContain("FELT-YURT");
    await saveProduct(a.admin, { ...edit, status: "active" });
    expect((await listActiveProducts(a.producer)).map((p) => p.sku)).toContain("FELT-YURT");
    const [updated] = await (await db()).select().from(auditEvents).where(eq(auditEvents.action, "product.updated"));
    expect(updated).toMatchObject({ entityId: id, before: { heightMm: 90, producerPriceMinor: 25000, status: "active" }, after: { heightMm: null, producerPriceMinor: 28000, status: "retired" } });
  });

  it("keeps an optional Japanese name, audits its changes and clears it to nothing", async () => {
    const { id } = await saveProduct(a.coordinator, productInput(felt, { sku: "FELT-CAT", nameJa: " フェルトの猫 " }));
    expect(await getProduct(a.coordinator, id)).toMatchObject({ nameJa: "フェルトの猫", nameEn: "Felt bird" });
    await saveProduct(a.coordinator, productInput(felt, { id, sku: "FELT-CAT", nameJa: "" }));
    expect((await getProduct(a.coordinator, id)).nameJa).toBeNull();
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.id);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["product.created", null, expect.objectContaining({ sku: "FELT-CAT", nameJa: "フェルトの猫" })],
      ["product.updated", { nameJa: "フェルトの猫" }, { nameJa: null }],
    ]);
  });

  it("keeps SKUs unique in an association and checks EAN-13 article numbers", async () => {
    await expect(saveProduct(a.coordinator, productInput(felt, { sku: "FELT-SHEEP" }))).rejects.toMatchObject({ fieldErrors: { sku: "skuTaken" } });
    const { id } = await saveProduct(a.coordinator, productInput(felt, { sku: "FELT-FOX", articleNumber: "MUJI 10249" }));
    await expect(saveProduct(a.coordinator, productInput(felt, { id, sku: "FELT-SHEEP" }))).rejects.toMatchObject({ fieldErrors: { sku: "skuTaken" } });
    await expect(saveProduct(a.coordinator, productInput(felt, { id, sku: "FELT-FOX", articleNumber: "4550182102412" }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["articleNumber"], message: "invalidEan13" })],
    });
  });

  it("keeps photos in order; new ones must be the caller's product photos", async () => {
    const [first, second] = [await uploadedPhoto(a.coordinator), await uploadedPhoto(a.coordinator)];
    const { id } = await saveProduct(a.coordinator, productInput(felt, { sku: "FELT-OWL", photoIds: [second, first] }));
    expect((await getProduct(a.coordinator, id)).photoIds).toEqual([second, first]);
    const theirs = await uploadedPhoto(a.coordinator2);
    const batchPhoto = await uploadedPhoto(a.coordinator, "batch_photo");
    const otherTenant = await uploadedPhoto(b.coordinator);
    for (const photo of [theirs, batchPhoto, otherTenant]) {
      await expect(saveProduct(a.coordinator, productInput(felt, { id, sku: "FELT-OWL", photoIds: [first, photo] }))).rejects.toMatchObject({ fieldErrors: { photoIds: "photoNotOwned" } });
    }
    // Another coordinator may keep the photos a colleague attached.
    const own = await uploadedPhoto(a.coordinator2);
    await saveProduct(a.coordinator2, productInput(felt, { id, sku: "FELT-OWL", photoIds: [first, own] }));
    expect((await getProduct(a.coordinator, id)).photoIds).toEqual([first, own]);
  });

  it("keeps associations apart", async () => {
    await expect(getProduct(b.admin, a.product.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProduct(b.admin, "42")).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveProduct(b.admin, productInput(felt, { sku: "STOLEN" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveProduct(b.admin, productInput(felt, { id: a.product.id, sku: "FELT-SHEEP" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveProduct(b.admin, productInput(b.product.lineId, { id: a.product.id, sku: "FELT-SHEEP" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await (await db()).select().from(products).where(eq(products.sku, "STOLEN"))).toEqual([]);
  });

  it("leaves products to coordinators and admins", async () => {
    for (const ctx of [a.producer, a.ministry]) {
      await expect(saveProduct(ctx, productInput(felt, { sku: "NOPE" }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getProduct(ctx, a.product.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
