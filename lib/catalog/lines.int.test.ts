import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, batches, lineMaterials, productLines } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { newPublicCode } from "@/lib/batches/lot-code";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { listActiveProducts } from "@/lib/products/list-products";
import { getLine } from "./get-line";
import { listLineMaterials } from "./list-line-materials";
import { listLines } from "./list-lines";
import { saveLine } from "./save-line";
import { saveMaterial } from "./save-material";
import type { SaveMaterialInput } from "./schemas";
import { lineInput, materialInput } from "./test-inputs";

let a: Tenant;
let b: Tenant;
let dye: string;
let wool: string;
let bDye: string;
const woolInput = (overrides: Partial<SaveMaterialInput> = {}) => materialInput({ code: "WOOL", kind: "fibre", nameEn: "Sheep wool", nameRu: "Овечья шерсть", colourHex: "", ...overrides });

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
  dye = (await saveMaterial(a.coordinator, materialInput())).id;
  wool = (await saveMaterial(a.coordinator, woolInput())).id;
  bDye = (await saveMaterial(b.coordinator, materialInput())).id;
});

const auditActions = async (id: string) =>
  (await (await db()).select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.createdAt)).map((e) => e.action);

async function logBatchRow(tenant: Tenant, lotCode: string) {
  await (await db()).insert(batches).values({
    associationId: tenant.association.id,
    lotCode,
    publicCode: newPublicCode(),
    productId: tenant.product.id,
    memberId: tenant.member.id,
    quantity: 10,
    producedFrom: "2026-03-01",
    producedTo: "2026-03-02",
  });
}

describe("product lines", () => {
  it("adds a line with its defaults and allowed materials, and lists it with its product count", async () => {
    const { id } = await saveLine(a.coordinator, lineInput({ code: "text", aqlMajor: "1.5", materialIds: [wool, dye] }));
    const line = await getLine(a.coordinator, id);
    expect(line).toMatchObject({ code: "TEXT", inspectionLevel: "II", aqlCritical: 0, aqlMajor: 1.5, aqlMinor: 4, codeLocked: false, products: [] });
    expect(line.materials.map((m) => m.id)).toEqual([wool, dye]);
    const lines = await listLines(a.admin);
    expect(lines.map((l) => [l.code, l.productCount])).toEqual([
      ["FELT", 1],
      ["TEXT", 0],
    ]);
    expect(await auditActions(id)).toEqual(["productLine.created"]);
  });

  it("edits a line, replaces its materials and records only what changed", async () => {
    const { id } = await saveLine(a.coordinator, lineInput({ code: "HONEY", materialIds: [dye] }));
    const before = await getLine(a.coordinator, id);
    await saveLine(a.coordinator, lineInput({ id, code: "HONEY", nameEn: "Mountain honey", unit: "jar", inspectionLevel: "S-3", materialIds: [wool] }));
    const after = await getLine(a.coordinator, id);
    expect(after).toMatchObject({ nameEn: "Mountain honey", unit: "jar", inspectionLevel: "S-3" });
    expect(after.materials.map((m) => m.id)).toEqual([wool]);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const [event] = await (await db()).select().from(auditEvents).where(eq(auditEvents.action, "productLine.updated"));
    expect(event).toMatchObject({ entityId: id, before: { nameEn: "Woven textiles", unit: "pcs", inspectionLevel: "II", materialIds: [dye] } });
    expect(Object.keys(event!.after as object).sort()).toEqual(["inspectionLevel", "materialIds", "nameEn", "unit"]);
    await saveLine(a.coordinator, lineInput({ id, code: "HONEY", nameEn: "Mountain honey", unit: "jar", inspectionLevel: "S-3", materialIds: [wool] }));
    expect(await auditActions(id)).toEqual(["productLine.created", "productLine.updated"]);
  });

  it("keeps the HS code as typed, audits its changes and clears it to nothing", async () => {
    const { id } = await saveLine(a.coordinator, lineInput({ code: "TOYS", hsCode: " 6307.90 " }));
    expect(await getLine(a.coordinator, id)).toMatchObject({ hsCode: "6307.90" });
    await saveLine(a.coordinator, lineInput({ id, code: "TOYS", hsCode: "9503.00.10" }));
    await saveLine(a.coordinator, lineInput({ id, code: "TOYS", hsCode: "" }));
    expect((await getLine(a.coordinator, id)).hsCode).toBeNull();
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.id);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["productLine.created", null, expect.objectContaining({ hsCode: "6307.90" })],
      ["productLine.updated", { hsCode: "6307.90" }, { hsCode: "9503.00.10" }],
      ["productLine.updated", { hsCode: "9503.00.10" }, { hsCode: null }],
    ]);
    await expect(saveLine(a.coordinator, lineInput({ id, code: "TOYS", hsCode: "63" }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["hsCode"], message: "hsCodeFormat" })],
    });
  });

  it("keeps codes unique in an association but not across associations", async () => {
    await expect(saveLine(a.coordinator, lineInput({ code: "felt" }))).rejects.toMatchObject({ fieldErrors: { code: "codeTaken" } });
    const { id } = await saveLine(a.coordinator, lineInput({ code: "SBT" }));
    await expect(saveLine(a.coordinator, lineInput({ id, code: "FELT" }))).rejects.toMatchObject({ fieldErrors: { code: "codeTaken" } });
    await expect(saveLine(b.coordinator, lineInput({ code: "SBT" }))).resolves.toHaveProperty("id");
  });

  it("locks the code once the line has a batch, but not the rest", async () => {
    const { id } = await saveLine(b.coordinator, lineInput({ code: "FELTX" }));
    await saveLine(b.coordinator, lineInput({ id, code: "FELTY" }));
    const felt = b.product.lineId;
    await logBatchRow(b, "FELT-2026-00001");
    await expect(saveLine(b.admin, lineInput({ id: felt, code: "FELT2" }))).rejects.toMatchObject({ fieldErrors: { code: "codeLocked" } });
    await saveLine(b.admin, lineInput({ id: felt, code: "FELT", nameEn: "Felt souvenirs" }));
    expect(await getLine(b.admin, felt)).toMatchObject({ code: "FELT", nameEn: "Felt souvenirs", codeLocked: true });
  });

  it("retires a line: still readable, no new batches, and it can come back", async () => {
    const felt = a.product.lineId;
    const line = await getLine(a.coordinator, felt);
    const same = lineInput({ id: felt, code: line.code, nameEn: line.nameEn, nameRu: line.nameRu, nameKy: line.nameKy });
    await saveLine(a.coordinator, { ...same, status: "retired" });
    expect(await getLine(a.coordinator, felt)).toMatchObject({ status: "retired", products: [{ sku: "FELT-SHEEP" }] });
    expect(await listActiveProducts(a.producer)).toEqual([]);
    await saveLine(a.coordinator, { ...same, status: "active" });
    expect((await listActiveProducts(a.producer)).map((p) => p.sku)).toEqual(["FELT-SHEEP"]);
  });

  it("gives the batch form the active allowed materials in the reader's language", async () => {
    const { id } = await saveLine(a.coordinator, lineInput({ code: "DYED", materialIds: [dye, wool] }));
    expect(await listLineMaterials({ ...a.producer, locale: "ru" }, id)).toEqual([
      { id: wool, kind: "fibre", name: "Овечья шерсть", colourHex: null },
      { id: dye, kind: "dye", name: "Эспарцет", colourHex: "#d9b23a" },
    ]);
    await saveMaterial(a.coordinator, woolInput({ id: wool, status: "retired" }));
    expect((await listLineMaterials(a.producer, id)).map((m) => m.id)).toEqual([dye]);
    expect((await getLine(a.coordinator, id)).materials.map((m) => [m.id, m.status])).toEqual([
      [wool, "retired"],
      [dye, "active"],
    ]);
    await saveMaterial(a.coordinator, woolInput({ id: wool, status: "active" }));
  });

  it("refuses another association's material and writes nothing", async () => {
    await expect(saveLine(a.coordinator, lineInput({ code: "MIX", materialIds: [dye, bDye] }))).rejects.toMatchObject({ fieldErrors: { materialIds: "notFound" } });
    expect(await (await db()).select().from(productLines).where(eq(productLines.code, "MIX"))).toEqual([]);
    const felt = a.product.lineId;
    await expect(saveLine(a.coordinator, lineInput({ id: felt, code: "FELT", materialIds: [bDye] }))).rejects.toMatchObject({ fieldErrors: { materialIds: "notFound" } });
    expect(await (await db()).select().from(lineMaterials).where(eq(lineMaterials.lineId, felt))).toEqual([]);
  });

  it("keeps associations apart", async () => {
    const felt = a.product.lineId;
    await expect(getLine(b.admin, felt)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLine(b.admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveLine(b.admin, lineInput({ id: felt, code: "FELT" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listLineMaterials(b.producer, felt)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listLines(b.admin)).map((l) => l.id)).not.toContain(felt);
    expect((await getLine(a.admin, felt)).nameEn).toBe("Felt");
  });

  it("leaves the catalog to coordinators and admins; producers only read a line's materials", async () => {
    const felt = a.product.lineId;
    for (const ctx of [a.producer, a.ministry]) {
      await expect(saveLine(ctx, lineInput({ code: "NOPE" }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listLines(ctx)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getLine(ctx, felt)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(listLineMaterials(a.ministry, felt)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listLineMaterials(a.producer, felt)).resolves.toEqual([]);
  });
});
