import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { materials, regions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { changes } from "./changes";
import { isCodeTaken } from "./code-taken";
import { saveMaterialSchema, type SaveMaterialInput } from "./schemas";

/** Adds a material to the registry or edits one; a retired material stays on the batches that used it. */
export async function saveMaterial(ctx: Ctx, input: SaveMaterialInput) {
  authorize(ctx, "material.manage");
  const { id, ...data } = saveMaterialSchema.parse(input);
  const dye = data.kind === "dye";
  const fields = {
    code: data.code,
    kind: data.kind,
    nameEn: data.nameEn,
    nameRu: data.nameRu,
    nameKy: data.nameKy,
    plantSource: data.plantSource || null,
    colourEn: (dye && data.colourEn) || null,
    colourRu: (dye && data.colourRu) || null,
    colourKy: (dye && data.colourKy) || null,
    colourHex: (dye && data.colourHex?.toLowerCase()) || null,
    regionId: data.regionId || null,
    status: data.status,
  };
  return (await db()).transaction(async (tx) => {
    if (fields.regionId) {
      const [region] = await tx.select({ id: regions.id }).from(regions).where(scoped(ctx, regions, eq(regions.id, fields.regionId)));
      if (!region) throw new ValidationError({ regionId: "notFound" });
    }
    if (!id) {
      const [created] = await tx.insert(materials).values({ associationId: ctx.associationId, ...fields }).onConflictDoNothing().returning({ id: materials.id });
      if (!created) throw new ValidationError({ code: "codeTaken" });
      await recordAudit(tx, ctx, { action: "material.created", entityType: "material", entityId: created.id, after: fields });
      return { id: created.id };
    }
    const [material] = await tx.select().from(materials).where(scoped(ctx, materials, eq(materials.id, id))).for("update");
    if (!material) throw new NotFoundError();
    if (fields.code !== material.code && (await isCodeTaken(tx, ctx, materials, materials.code, fields.code, id))) throw new ValidationError({ code: "codeTaken" });
    const diff = changes(material, fields);
    if (!diff.changed) return { id };
    await tx.update(materials).set({ ...fields, updatedAt: new Date() }).where(scoped(ctx, materials, eq(materials.id, id)));
    await recordAudit(tx, ctx, { action: "material.updated", entityType: "material", entityId: id, before: diff.before, after: diff.after });
    return { id };
  });
}
