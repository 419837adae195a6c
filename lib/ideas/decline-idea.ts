import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productIdeas } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { closeOpenVersion } from "@/lib/reviews/close-open-version";
import { scoped } from "@/lib/tenancy/scope";
import { ideaAuditTarget, ideaSubject } from "./idea-access";
import { lockIdea } from "./lock-idea";
import { notifyProposer } from "./notify-proposer";
import { declineIdeaSchema, type DeclineIdeaInput } from "./schemas";
import { assertStage } from "./stage-rules";

/** A coordinator declines an undecided idea, saying why; a review still open is withdrawn. */
export async function declineIdea(ctx: Ctx, ideaId: string, input: DeclineIdeaInput) {
  authorize(ctx, "idea.manage");
  const { reason } = declineIdeaSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const idea = await lockIdea(tx, ctx, ideaId);
    assertStage("decline", idea.stage);
    await closeOpenVersion(tx, ctx, ideaSubject(idea.id), "withdrawn");
    await tx
      .update(productIdeas)
      .set({ stage: "declined", declineReason: reason, updatedAt: new Date() })
      .where(scoped(ctx, productIdeas, eq(productIdeas.id, idea.id)));
    await recordAudit(tx, ctx, {
      action: "idea.declined",
      ...ideaAuditTarget(idea.id),
      before: { stage: idea.stage },
      after: { stage: "declined", declineReason: reason },
    });
    await notifyProposer(tx, ctx, idea, "declined", reason);
    return { id: idea.id, stage: "declined" as const };
  });
}
