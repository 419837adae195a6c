import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productIdeas } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { openReviewVersion } from "@/lib/reviews/open-review-version";
import { scoped } from "@/lib/tenancy/scope";
import { ideaAuditTarget, ideaSubject } from "./idea-access";
import { ideaPhotoIds } from "./idea-photos";
import { ideaContent } from "./idea-values";
import { lockIdea } from "./lock-idea";
import { assertStage } from "./stage-rules";

/**
 * A coordinator puts the sample before the committee: the idea as it stands now becomes the next
 * review version, which starts with no approvals.
 */
export async function submitToCommittee(ctx: Ctx, ideaId: string) {
  authorize(ctx, "idea.manage");
  return (await db()).transaction(async (tx) => {
    const idea = await lockIdea(tx, ctx, ideaId);
    assertStage("submitToCommittee", idea.stage);
    const content = ideaContent(idea, await ideaPhotoIds(tx, ctx, idea.id));
    const opened = await openReviewVersion(tx, ctx, ideaSubject(idea.id), content);
    await tx
      .update(productIdeas)
      .set({ stage: "committee_review", updatedAt: new Date() })
      .where(scoped(ctx, productIdeas, eq(productIdeas.id, idea.id)));
    await recordAudit(tx, ctx, {
      action: "idea.submitted",
      ...ideaAuditTarget(idea.id),
      before: { stage: idea.stage },
      after: { stage: "committee_review", version: idea.version, reviewVersion: opened.version },
    });
    return { id: idea.id, stage: "committee_review" as const, reviewVersion: opened.version, approvalsRequired: opened.approvalsRequired };
  });
}
