import { and, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { reviewDecisions } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";

/** Approvals recorded on a version, and whether `reviewerId` gave one of them. */
export async function versionApprovals(tx: Tx, ctx: Ctx, versionId: string, reviewerId: string) {
  const onVersion = scoped(ctx, reviewDecisions, eq(reviewDecisions.versionId, versionId), eq(reviewDecisions.decision, "approve"));
  const [all] = await tx.select({ n: count() }).from(reviewDecisions).where(onVersion);
  const [own] = await tx.select({ n: count() }).from(reviewDecisions).where(and(onVersion, eq(reviewDecisions.reviewerId, reviewerId)));
  return { approvals: all?.n ?? 0, approvedByReviewer: (own?.n ?? 0) > 0 };
}
