import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import type { ZodError } from "zod";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { getBuyer } from "./get-buyer";
import { listBuyers } from "./list-buyers";
import { saveBuyer } from "./save-buyer";
import { setBuyerArticles } from "./set-buyer-articles";
import { setBuyerStatus } from "./set-buyer-status";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("buy-a");
  b = await createTenant("buy-b");
});

const muji = { name: "Ryohin Keikaku (MUJI)", countryCode: "jp", currency: "jpy", contactName: "Sato Yuki", email: "sato@muji.example", address: "Tokyo" };

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => undefined,
    (error: unknown) => error,
  );
}

async function auditOf(entityId: string) {
  return (await db()).select().from(auditEvents).where(and(eq(auditEvents.entityType, "buyer"), eq(auditEvents.entityId, entityId)));
}

describe("buyers", () => {
  it("saves a buyer with upper-cased ISO codes and audits it", async () => {
    const { id } = await saveBuyer(a.coordinator, muji);
    const buyer = await getBuyer(a.coordinator, id);
    expect(buyer).toMatchObject({ name: muji.name, countryCode: "JP", currency: "JPY", countryName: "Japan", phone: null, status: "active" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["buyer.created"]);
  });

  it("refuses unknown countries and currencies, bad e-mails and a name used twice", async () => {
    const error = await refusal(saveBuyer(a.coordinator, { ...muji, name: "Other", countryCode: "XX", currency: "ABC", email: "not-mail" }));
    expect(fieldErrorsOf(error as ZodError)).toEqual({ countryCode: "countryCode", currency: "currencyCode", email: "invalidFormat" });
    await saveBuyer(a.coordinator, { ...muji, name: "Twice" });
    expect(await refusal(saveBuyer(a.coordinator, { ...muji, name: "Twice" }))).toMatchObject({ fieldErrors: { name: "buyerNameTaken" } });
    // Another association may use the same name.
    await expect(saveBuyer(b.coordinator, { ...muji, name: "Twice" })).resolves.toHaveProperty("id");
  });

  it("records only the fields that changed, and archives without deleting", async () => {
    const { id } = await saveBuyer(a.coordinator, { ...muji, name: "Edited buyer" });
    await saveBuyer(a.coordinator, { ...muji, id, name: "Edited buyer", phone: "+81 3 1234 5678" });
    const [, updated] = await auditOf(id);
    expect(updated).toMatchObject({ action: "buyer.updated", before: { phone: null }, after: { phone: "+81 3 1234 5678" } });
    await setBuyerStatus(a.coordinator, { buyerId: id, status: "archived" });
    expect((await listBuyers(a.coordinator)).map((x) => x.id)).not.toContain(id);
    expect((await listBuyers(a.coordinator, { status: "archived" })).map((x) => x.id)).toContain(id);
  });

  it("sets, changes and removes the buyer's article numbers per product", async () => {
    const { id } = await saveBuyer(a.coordinator, { ...muji, name: "Articles" });
    const productId = a.product.id;
    expect((await getBuyer(a.coordinator, id)).articles).toEqual([expect.objectContaining({ productId, articleNumber: "" })]);
    await setBuyerArticles(a.coordinator, { buyerId: id, articles: [{ productId, articleNumber: "4550182 001" }] });
    expect((await getBuyer(a.coordinator, id)).articles[0]!.articleNumber).toBe("4550182 001");
    await setBuyerArticles(a.coordinator, { buyerId: id, articles: [{ productId, articleNumber: "4550182 002" }] });
    expect((await setBuyerArticles(a.coordinator, { buyerId: id, articles: [{ productId, articleNumber: "4550182 002" }] })).changed).toBe(0);
    await setBuyerArticles(a.coordinator, { buyerId: id, articles: [{ productId, articleNumber: "" }] });
    expect((await getBuyer(a.coordinator, id)).articles[0]!.articleNumber).toBe("");
    const changes = (await auditOf(id)).filter((e) => e.action === "buyer.articlesChanged");
    expect(changes.map((e) => e.after)).toEqual([{ [productId]: "4550182 001" }, { [productId]: "4550182 002" }, { [productId]: null }]);
  });

  it("refuses producers and the ministry for every buyer action", async () => {
    const { id } = await saveBuyer(a.admin, { ...muji, name: "Roles" });
    for (const ctx of [a.producer, a.ministry]) {
      expect(await refusal(saveBuyer(ctx, { ...muji, name: "Nope" }))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(saveBuyer(ctx, { ...muji, id, name: "Nope" }))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(setBuyerStatus(ctx, { buyerId: id, status: "archived" }))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(setBuyerArticles(ctx, { buyerId: id, articles: [] }))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(listBuyers(ctx))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(getBuyer(ctx, id))).toBeInstanceOf(ForbiddenError);
    }
  });

  it("answers not found for another association's buyer and products", async () => {
    const { id } = await saveBuyer(a.coordinator, { ...muji, name: "Isolated" });
    expect(await refusal(getBuyer(b.coordinator, id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(saveBuyer(b.coordinator, { ...muji, id, name: "Taken over" }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(setBuyerStatus(b.coordinator, { buyerId: id, status: "archived" }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(setBuyerArticles(b.coordinator, { buyerId: id, articles: [] }))).toBeInstanceOf(NotFoundError);
    expect((await listBuyers(b.coordinator)).map((x) => x.id)).not.toContain(id);
    const own = await saveBuyer(b.coordinator, { ...muji, name: "B's own" });
    const foreignProduct = [{ productId: a.product.id, articleNumber: "X-1" }];
    expect(await refusal(setBuyerArticles(b.coordinator, { buyerId: own.id, articles: foreignProduct }))).toBeInstanceOf(NotFoundError);
  });
});
