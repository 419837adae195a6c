import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productLines } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { changes } from "./changes";
import { isCodeTaken } from "./code-taken";
import { lineHasBatches } from "./line-has-batches";
import { lineMaterialIds, replaceLineMaterials } from "./line-materials";
import { saveLineSchema, type SaveLineInput } from "./schemas";

/** Adds a product line or edits one, with its allowed materials; any status may follow any other. */
export async function saveLine(ctx: Ctx, input: SaveLineInput) {
  authorize(ctx, "catalog.manage");
  const { id, materialIds, hsCode, ...data } = saveLineSchema.parse(input);
  const fields = { ...data, hsCode: hsCode || null };
  const allowed = [...materialIds].sort();
  return (await db()).transaction(async (tx) => {
    if (!id) {
      const [created] = await tx
        .insert(productLines)
        .values({ associationId: ctx.associationId, ...fields })
        .onConflictDoNothing()
        .returning({ id: productLines.id });
      if (!created) throw new ValidationError({ code: "codeTaken" });
      await replaceLineMaterials(tx, ctx, created.id, allowed);
      await recordAudit(tx, ctx, { action: "productLine.created", entityType: "productLine", entityId: created.id, after: { ...fields, materialIds: allowed } });
      return { id: created.id };
    }
    const [line] = await tx.select().from(productLines).where(scoped(ctx, productLines, eq(productLines.id, id))).for("update");
    if (!line) throw new NotFoundError();
    if (fields.code !== line.code) {
      if (await lineHasBatches(tx, ctx, id)) throw new ValidationError({ code: "codeLocked" });
      if (await isCodeTaken(tx, ctx, productLines, productLines.code, fields.code, id)) throw new ValidationError({ code: "codeTaken" });
    }
    const diff = changes({ ...line, materialIds: await lineMaterialIds(tx, ctx, id) }, { ...fields, materialIds: allowed });
    if (!diff.changed) return { id };
    await tx.update(productLines).set({ ...fields, updatedAt: new Date() }).where(scoped(ctx, productLines, eq(productLines.id, id)));
    await replaceLineMaterials(tx, ctx, id, allowed);
    await recordAudit(tx, ctx, { action: "productLine.updated", entityType: "productLine", entityId: id, before: diff.before, after: diff.after });
    return { id };
  });
}
