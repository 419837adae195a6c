import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productIdeas } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { recordDecision } from "@/lib/reviews/record-decision";
import type { RecordDecisionInput } from "@/lib/reviews/schemas";
import { scoped } from "@/lib/tenancy/scope";
import { ideaAuditTarget, ideaSubject } from "./idea-access";
import { lockIdea } from "./lock-idea";
import { notifyProposer } from "./notify-proposer";
import { assertStage } from "./stage-rules";

/**
 * A committee member approves the idea under review or asks for changes. The review decides when
 * enough members approved (and refuses self-approval); the idea follows: approved, or back to its
 * proposer with the comment.
 */
export async function decideOnIdea(ctx: Ctx, ideaId: string, input: RecordDecisionInput) {
  authorize(ctx, "idea.read");
  return (await db()).transaction(async (tx) => {
    const idea = await lockIdea(tx, ctx, ideaId);
    assertStage("decide", idea.stage);
    const outcome = await recordDecision(tx, ctx, ideaSubject(idea.id), input);
    if (outcome.status === "in_review") return { id: idea.id, stage: idea.stage, ...outcome };
    const stage = outcome.status === "approved" ? "approved" : "changes_requested";
    await tx.update(productIdeas).set({ stage, updatedAt: new Date() }).where(scoped(ctx, productIdeas, eq(productIdeas.id, idea.id)));
    await recordAudit(tx, ctx, {
      action: stage === "approved" ? "idea.approved" : "idea.changesRequested",
      ...ideaAuditTarget(idea.id),
      before: { stage: idea.stage },
      after: { stage, reviewVersion: outcome.version, approvals: outcome.approvals, required: outcome.required },
    });
    await notifyProposer(tx, ctx, idea, stage, input.comment?.trim() || null);
    return { id: idea.id, stage, ...outcome };
  });
}
