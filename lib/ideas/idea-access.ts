import { eq, type SQL } from "drizzle-orm";
import { productIdeas } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors/domain-errors";
import type { ReviewSubject } from "@/lib/reviews/subject";

/**
 * Which of the association's ideas the caller may see, as a condition for `scoped()`: staff see
 * all, a producer those they proposed (another's reads as not found), anyone else none at all.
 */
export function visibleIdeas(ctx: Ctx): SQL | undefined {
  if (can(ctx, "idea.read")) return undefined;
  if (can(ctx, "idea.readOwn")) return eq(productIdeas.proposedBy, ctx.userId);
  throw new ForbiddenError();
}

export const ideaSubject = (ideaId: string): ReviewSubject => ({ type: "product_idea", id: ideaId });

/** Audit events of an idea share the review's entity type, so one history holds both. */
export const ideaAuditTarget = (ideaId: string) => ({ entityType: "product_idea", entityId: ideaId });
