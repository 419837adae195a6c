import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { reviewVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";
import { auditTarget, lockOpenVersion, type ReviewSubject } from "./subject";

/** Closes the open version (if any) as superseded (the subject changed) or withdrawn. Returns whether one was open. */
export async function closeOpenVersion(tx: Tx, ctx: Ctx, subject: ReviewSubject, status: "superseded" | "withdrawn"): Promise<boolean> {
  const open = await lockOpenVersion(tx, ctx, subject);
  if (!open) return false;
  await tx
    .update(reviewVersions)
    .set({ status, closedAt: new Date() })
    .where(scoped(ctx, reviewVersions, eq(reviewVersions.id, open.id)));
  await recordAudit(tx, ctx, {
    action: status === "superseded" ? "review.superseded" : "review.withdrawn",
    ...auditTarget(subject),
    before: { versionId: open.id, version: open.version, status: open.status },
    after: { versionId: open.id, version: open.version, status },
  });
  return true;
}
