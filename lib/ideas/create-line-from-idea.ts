import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productIdeas, productLines } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { ideaAuditTarget } from "./idea-access";
import { lockIdea } from "./lock-idea";
import { createLineFromIdeaSchema, type CreateLineFromIdeaInput } from "./schemas";
import { assertStage } from "./stage-rules";

/**
 * Turns an approved idea into a product line in draft, once. The line is named after the idea
 * unless names are given; its quality settings are the catalog's defaults until a coordinator sets them.
 */
export async function createLineFromIdea(ctx: Ctx, ideaId: string, input: CreateLineFromIdeaInput): Promise<{ lineId: string }> {
  authorize(ctx, "idea.manage");
  authorize(ctx, "catalog.manage");
  const data = createLineFromIdeaSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const idea = await lockIdea(tx, ctx, ideaId);
    assertStage("createLine", idea.stage);
    if (idea.productLineId) throw new ConflictError("lineAlreadyCreated");
    const fields = {
      code: data.code,
      nameEn: data.nameEn || idea.name,
      nameRu: data.nameRu || idea.name,
      nameKy: data.nameKy || idea.name,
      category: data.category,
      unit: data.unit,
      status: "draft" as const,
    };
    const [line] = await tx
      .insert(productLines)
      .values({ associationId: ctx.associationId, ...fields })
      .onConflictDoNothing()
      .returning({ id: productLines.id });
    if (!line) throw new ValidationError({ code: "codeTaken" });
    await tx
      .update(productIdeas)
      .set({ productLineId: line.id, updatedAt: new Date() })
      .where(scoped(ctx, productIdeas, eq(productIdeas.id, idea.id)));
    await recordAudit(tx, ctx, { action: "productLine.created", entityType: "productLine", entityId: line.id, after: { ...fields, ideaId: idea.id } });
    await recordAudit(tx, ctx, { action: "idea.lineCreated", ...ideaAuditTarget(idea.id), after: { productLineId: line.id, code: fields.code } });
    return { lineId: line.id };
  });
}
