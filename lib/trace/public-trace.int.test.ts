import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { materials, products } from "@/db/schema";
import { batchInput, createTenant, publishChecklist, type Tenant } from "@/db/testing/factories";
import { inspectBatch } from "@/db/testing/inspect-batch";
import { logBatch } from "@/lib/batches/log-batch";
import { addMaterial } from "@/lib/batches/test-fixtures";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { acceptedLot } from "@/lib/labels/sheet/testing/label-fixtures";
import { acceptedBatch, refusal } from "@/lib/shipments/test-fixtures";
import { getPublicTrace } from "./public-trace";
import { setMemberName, useMaterials } from "./test-fixtures";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  [a, b] = [await createTenant("pub-a"), await createTenant("pub-b")];
  await Promise.all([publishChecklist(a, a.product.lineId), publishChecklist(b, b.product.lineId)]);
});

describe("getPublicTrace", () => {
  it("shows product, place, month, materials with their dyes and the QC date, without the maker unless they consented", async () => {
    const lot = await acceptedLot(a, { quantity: 8 });
    const wool = await addMaterial(a, "WOOL", "fibre");
    const madder = await addMaterial(a, "MADDER", "dye");
    const jar = await addMaterial(a, "JAR", "packaging");
    await (await db())
      .update(materials)
      .set({ plantSource: "Rubia tinctorum", colourEn: "Red", colourRu: "Красный", colourKy: "Кызыл", colourHex: "#A8322D" })
      .where(eq(materials.id, madder.id));
    await useMaterials(a, lot.id, [wool.id, madder.id, jar.id]);

    const trace = await getPublicTrace(lot.publicCode, "en");
    expect(trace).toMatchObject({
      batchId: lot.id,
      productName: "Felt sheep",
      villageName: "Ak-Say",
      regionName: "Issyk-Kul",
      countryCode: "KG",
      associationName: a.association.name,
      producedFrom: "2026-03-01",
      producedTo: "2026-03-10",
      maker: null,
      materials: [{ name: "WOOL" }],
      dyes: [{ name: "MADDER", plantSource: "Rubia tinctorum", colour: "Red", colourHex: "#A8322D" }],
    });
    expect(trace.passedOn).toBeInstanceOf(Date);
    expect(await getPublicTrace(lot.publicCode, "ky")).toMatchObject({ productName: "Felt sheep ky", villageName: "Ak-Say ky", dyes: [{ name: "MADDER ky", colour: "Кызыл" }] });
  });

  it("names the maker by their given name only once they consented, in Latin letters for English and Japanese", async () => {
    const lot = await acceptedLot(a);
    await setMemberName(a, "Асан кызы Айгүл", "Asan kyzy Aygül", false);
    expect((await getPublicTrace(lot.publicCode, "ru")).maker).toBeNull();
    await setMemberName(a, "Асан кызы Айгүл", "Asan kyzy Aygül", true);
    expect((await getPublicTrace(lot.publicCode, "ru")).maker).toBe("Айгүл");
    expect((await getPublicTrace(lot.publicCode, "ky")).maker).toBe("Айгүл");
    expect((await getPublicTrace(lot.publicCode, "ja")).maker).toBe("Aygül");
    await setMemberName(a, "Осмонова Айгүл", null, true);
    expect((await getPublicTrace(lot.publicCode, "en")).maker).toBe("Айгүл");
  });

  it("gives Japanese readers the Japanese product name where there is one, else the English one", async () => {
    const lot = await acceptedLot(b);
    expect((await getPublicTrace(lot.publicCode, "ja")).productName).toBe("Felt sheep");
    await (await db()).update(products).set({ nameJa: "フェルトの羊" }).where(eq(products.id, b.product.id));
    expect(await getPublicTrace(lot.publicCode, "ja")).toMatchObject({ productName: "フェルトの羊", villageName: "Ak-Say", regionName: "Issyk-Kul" });
  });

  it("shows partly accepted lots too", async () => {
    const lot = await acceptedLot(a, { quantity: 10, accepted: 7 });
    expect(lot.status).toBe("partially_accepted");
    expect((await getPublicTrace(lot.publicCode, "en")).batchId).toBe(lot.id);
  });

  it("knows no lot that has not passed quality control", async () => {
    const submitted = await logBatch(a.producer, batchInput(a.product.id));
    const rejected = await logBatch(a.producer, batchInput(a.product.id));
    await inspectBatch(a, rejected.id, { outcome: "reject", remarks: "Needles left", overrideReason: "Needles left" });
    const draft = await logBatch(a.producer, batchInput(a.product.id, { intent: "draft" }));
    for (const { id } of [submitted, rejected, draft]) {
      const [row] = await (await db()).query.batches.findMany({ where: (t, { eq: is }) => is(t.id, id), columns: { publicCode: true, status: true } });
      expect(row!.status).not.toMatch(/accepted/);
      expect(await refusal(getPublicTrace(row!.publicCode, "en"))).toBeInstanceOf(NotFoundError);
    }
  });

  it("needs the approved inspection too, not just the batch's status", async () => {
    const unapproved = await acceptedBatch(a, 5);
    expect(unapproved.status).toBe("accepted");
    expect(await refusal(getPublicTrace(unapproved.publicCode, "en"))).toBeInstanceOf(NotFoundError);
  });

  it("finds each association's lot by its code alone and nothing of the other", async () => {
    const [ofA, ofB] = [await acceptedLot(a), await acceptedLot(b)];
    expect(await getPublicTrace(ofA.publicCode, "en")).toMatchObject({ batchId: ofA.id, associationId: a.association.id, associationName: a.association.name });
    expect(await getPublicTrace(ofB.publicCode, "en")).toMatchObject({ batchId: ofB.id, associationId: b.association.id, associationName: b.association.name });
  });

  it.each(["0123456789ABCDEF", "nonsense", "0123456789abcdef", ""])("does not find %j", async (code) => {
    expect(await refusal(getPublicTrace(code, "en"))).toBeInstanceOf(NotFoundError);
  });

  it("does not match a lowercased real code", async () => {
    const lot = await acceptedLot(a);
    expect(await refusal(getPublicTrace(lot.publicCode.toLowerCase(), "en"))).toBeInstanceOf(NotFoundError);
  });
});
