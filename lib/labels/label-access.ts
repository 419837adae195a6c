import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { labelDesigns } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { ReviewSubject } from "@/lib/reviews/subject";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

export const labelSubject = (designId: string): ReviewSubject => ({ type: "label_design", id: designId });

/** Audit events of a design share the review's entity type, so one history holds both. */
export const labelAuditTarget = (designId: string) => ({ entityType: "label_design", entityId: designId });

/** Reads a design of the caller's association and holds its row until the transaction ends, so status changes queue up. */
export async function lockLabelDesign(tx: Tx, ctx: Ctx, designId: string) {
  if (!isUuid(designId)) throw new NotFoundError();
  const [row] = await tx.select().from(labelDesigns).where(scoped(ctx, labelDesigns, eq(labelDesigns.id, designId))).for("update");
  if (!row) throw new NotFoundError();
  return row;
}

export type LabelDesignRow = Awaited<ReturnType<typeof lockLabelDesign>>;
