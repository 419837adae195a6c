import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connect";
import { reviewVersions } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { readReviewSettings } from "./review-settings";
import { ofSubject, type ReviewSubject } from "./subject";

/** Reviewers of the association may join a subject's discussion, and so may whoever submitted it. */
export async function mayComment(database: Db | Tx, ctx: Ctx, subject: ReviewSubject): Promise<boolean> {
  const { reviewerRoles } = await readReviewSettings(database, ctx);
  if ((reviewerRoles as string[]).includes(ctx.role)) return true;
  const [submitted] = await database
    .select({ id: reviewVersions.id })
    .from(reviewVersions)
    .where(and(ofSubject(ctx, reviewVersions, subject), eq(reviewVersions.submittedBy, ctx.userId)))
    .limit(1);
  return Boolean(submitted);
}
