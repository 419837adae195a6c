import { db } from "@/db/client";
import { productIdeas } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ideaAuditTarget } from "./idea-access";
import { replaceIdeaPhotos } from "./idea-photos";
import { checkPlace, memberPlace } from "./idea-place";
import { ideaContent, ideaValues } from "./idea-values";
import { proposeIdeaSchema, type ProposeIdeaInput } from "./schemas";

/** A producer or coordinator writes down a product idea; a producer's comes from their own village and group unless they choose. */
export async function proposeIdea(ctx: Ctx, input: ProposeIdeaInput): Promise<{ id: string }> {
  authorize(ctx, "idea.propose");
  const data = proposeIdeaSchema.parse(input);
  const values = ideaValues(data);
  return (await db()).transaction(async (tx) => {
    const place = await checkPlace(tx, ctx, data.villageId || data.groupId ? data : await memberPlace(tx, ctx));
    const [idea] = await tx
      .insert(productIdeas)
      .values({ associationId: ctx.associationId, ...values, ...place, proposedBy: ctx.userId })
      .returning();
    const created = idea!;
    await replaceIdeaPhotos(tx, ctx, created.id, data.photoFileIds, []);
    await recordAudit(tx, ctx, {
      action: "idea.proposed",
      ...ideaAuditTarget(created.id),
      after: { stage: created.stage, version: created.version, ...ideaContent(created, data.photoFileIds) },
    });
    return { id: created.id };
  });
}
