import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { productIdeas } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { scoped } from "@/lib/tenancy/scope";
import { ideaAuditTarget } from "./idea-access";
import { lockIdea } from "./lock-idea";
import { moveToSampleSchema, type MoveToSampleInput } from "./schemas";
import { assertStage } from "./stage-rules";

/** A coordinator takes an idea on: a sample is to be made. Notes given replace the idea's notes (a change of content). */
export async function moveToSample(ctx: Ctx, ideaId: string, input: MoveToSampleInput = {}) {
  authorize(ctx, "idea.manage");
  const { notes } = moveToSampleSchema.parse(input);
  return (await db()).transaction(async (tx) => {
    const idea = await lockIdea(tx, ctx, ideaId);
    assertStage("moveToSample", idea.stage);
    const nextNotes = notes === undefined ? idea.notes : notes || null;
    const version = nextNotes === idea.notes ? idea.version : idea.version + 1;
    await tx
      .update(productIdeas)
      .set({ stage: "sample", notes: nextNotes, version, updatedAt: new Date() })
      .where(scoped(ctx, productIdeas, eq(productIdeas.id, idea.id)));
    await recordAudit(tx, ctx, {
      action: "idea.movedToSample",
      ...ideaAuditTarget(idea.id),
      before: { stage: idea.stage, version: idea.version, notes: idea.notes },
      after: { stage: "sample", version, notes: nextNotes },
    });
    return { id: idea.id, stage: "sample" as const, version };
  });
}
