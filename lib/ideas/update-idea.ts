import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productIdeas } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { changes } from "@/lib/catalog/changes";
import { ConflictError } from "@/lib/errors/domain-errors";
import { closeOpenVersion } from "@/lib/reviews/close-open-version";
import { scoped } from "@/lib/tenancy/scope";
import { ideaAuditTarget, ideaSubject } from "./idea-access";
import { ideaPhotoIds, replaceIdeaPhotos } from "./idea-photos";
import { checkPlace } from "./idea-place";
import { ideaValues } from "./idea-values";
import { lockIdea } from "./lock-idea";
import { updateIdeaSchema, type UpdateIdeaInput } from "./schemas";
import { assertStage } from "./stage-rules";

/**
 * The proposer or a coordinator changes an idea that is not yet decided. Each change counts up the
 * idea's version. A change while the committee reviews it withdraws that review (the version is
 * superseded, its approvals lost) and sends the idea back to "sample": a coordinator submits the
 * changed idea again, so the committee never approves something other than what it saw.
 */
export async function updateIdea(ctx: Ctx, ideaId: string, input: UpdateIdeaInput) {
  authorize(ctx, "idea.propose");
  const { expectedUpdatedAt, ...data } = updateIdeaSchema.parse(input);
  const values = ideaValues(data);
  return (await db()).transaction(async (tx) => {
    const idea = await lockIdea(tx, ctx, ideaId);
    assertStage("edit", idea.stage);
    if (idea.updatedAt.getTime() !== new Date(expectedUpdatedAt).getTime()) throw new ConflictError("ideaChanged");
    const place = await checkPlace(tx, ctx, data);
    const currentPhotos = await ideaPhotoIds(tx, ctx, idea.id);
    const diff = changes({ ...idea, photoFileIds: currentPhotos }, { ...values, ...place, photoFileIds: data.photoFileIds });
    if (!diff.changed) return { id: idea.id, stage: idea.stage, version: idea.version };

    const stage = idea.stage === "committee_review" ? "sample" : idea.stage;
    if (idea.stage === "committee_review") await closeOpenVersion(tx, ctx, ideaSubject(idea.id), "superseded");
    const version = idea.version + 1;
    await tx
      .update(productIdeas)
      .set({ ...values, ...place, stage, version, updatedAt: new Date() })
      .where(scoped(ctx, productIdeas, eq(productIdeas.id, idea.id)));
    await replaceIdeaPhotos(tx, ctx, idea.id, data.photoFileIds, currentPhotos);
    await recordAudit(tx, ctx, {
      action: "idea.updated",
      ...ideaAuditTarget(idea.id),
      before: { stage: idea.stage, version: idea.version, ...diff.before },
      after: { stage, version, ...diff.after },
    });
    return { id: idea.id, stage, version };
  });
}
