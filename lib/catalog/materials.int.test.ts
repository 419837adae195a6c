import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, materials } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import { ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { getMaterial } from "./get-material";
import { listMaterials } from "./list-materials";
import { saveMaterial } from "./save-material";
import { materialInput } from "./test-inputs";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
});

describe("materials registry", () => {
  it("adds a dye with its plant, colour and region, and lists it by kind", async () => {
    const { id } = await saveMaterial(a.coordinator, materialInput({ code: "dye-sainfoin", regionId: a.district.regionId }));
    await saveMaterial(a.coordinator, materialInput({ code: "PACK-BAG", kind: "packaging", nameEn: "Cotton bag", plantSource: "", colourHex: "" }));
    const [dye] = await listMaterials({ ...a.coordinator, locale: "ru" }, { kind: "dye" });
    expect(dye).toMatchObject({ id, code: "DYE-SAINFOIN", name: "Эспарцет", colour: "Жёлтый", colourHex: "#d9b23a", plantSource: "Onobrychis", regionName: "Issyk-Kul ru" });
    expect((await listMaterials(a.coordinator)).map((m) => [m.kind, m.code])).toEqual([
      ["dye", "DYE-SAINFOIN"],
      ["packaging", "PACK-BAG"],
    ]);
  });

  it("keeps colours for dyes only", async () => {
    const { id } = await saveMaterial(a.coordinator, materialInput({ code: "SALT", kind: "ingredient", nameEn: "Salt" }));
    expect(await getMaterial(a.coordinator, id)).toMatchObject({ colourEn: null, colourRu: null, colourKy: null, colourHex: null, plantSource: "Onobrychis" });
    await expect(saveMaterial(a.coordinator, materialInput({ code: "DYE-X", colourHex: "" }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["colourHex"], message: "required" })],
    });
  });

  it("edits and retires a material, with audit events of what changed", async () => {
    const { id } = await saveMaterial(a.coordinator, materialInput({ code: "DYE-WALNUT", nameEn: "Walnut husks" }));
    await saveMaterial(a.admin, materialInput({ id, code: "DYE-WALNUT", nameEn: "Walnut husks", colourHex: "#5a3a1e", status: "retired" }));
    expect(await getMaterial(a.admin, id)).toMatchObject({ status: "retired", colourHex: "#5a3a1e" });
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.createdAt);
    expect(events.map((e) => e.action)).toEqual(["material.created", "material.updated"]);
    expect(events[1]).toMatchObject({ before: { colourHex: "#d9b23a", status: "active" }, after: { colourHex: "#5a3a1e", status: "retired" } });
  });

  it("keeps codes unique in an association", async () => {
    await saveMaterial(a.coordinator, materialInput({ code: "WOOL", kind: "fibre" }));
    await expect(saveMaterial(a.coordinator, materialInput({ code: "wool", kind: "fibre" }))).rejects.toMatchObject({ fieldErrors: { code: "codeTaken" } });
    const { id } = await saveMaterial(a.coordinator, materialInput({ code: "CAMEL", kind: "fibre" }));
    await expect(saveMaterial(a.coordinator, materialInput({ id, code: "WOOL", kind: "fibre" }))).rejects.toMatchObject({ fieldErrors: { code: "codeTaken" } });
    await expect(saveMaterial(b.coordinator, materialInput({ code: "WOOL", kind: "fibre" }))).resolves.toHaveProperty("id");
  });

  it("keeps associations apart", async () => {
    const { id } = await saveMaterial(a.coordinator, materialInput({ code: "DYE-MADDER" }));
    await expect(getMaterial(b.admin, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveMaterial(b.admin, materialInput({ id, code: "DYE-MADDER" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveMaterial(b.admin, materialInput({ code: "DYE-ONION", regionId: a.district.regionId }))).rejects.toMatchObject({ fieldErrors: { regionId: "notFound" } });
    expect(await (await db()).select().from(materials).where(eq(materials.code, "DYE-ONION"))).toEqual([]);
    expect((await listMaterials(b.admin)).map((m) => m.id)).not.toContain(id);
  });

  it("leaves the registry to coordinators and admins", async () => {
    const { id } = await saveMaterial(a.admin, materialInput({ code: "DYE-CHIY" }));
    for (const ctx of [a.producer, a.ministry]) {
      await expect(saveMaterial(ctx, materialInput({ code: "DYE-NOPE" }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveMaterial(ctx, materialInput({ id, code: "DYE-CHIY" }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listMaterials(ctx)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getMaterial(ctx, id)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
