import { and, desc, eq, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import type { Tx } from "@/db/connect";
import { labelDesigns } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { ConflictError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import type { LabelKind } from "./label-fields";

export type ApprovedLabel = { id: string; productId: string; market: string; kind: LabelKind; version: number; approvedAt: Date | null };

const approved = (productId: string, market: string): SQL =>
  and(eq(labelDesigns.productId, productId), eq(labelDesigns.market, market), eq(labelDesigns.status, "approved")) as SQL;

const columns = {
  id: labelDesigns.id,
  productId: labelDesigns.productId,
  market: labelDesigns.market,
  kind: labelDesigns.kind,
  version: labelDesigns.version,
  approvedAt: labelDesigns.approvedAt,
};

/** The product's current approved label design for the market (the newest approved, of any kind), or null. */
export async function approvedLabelFor(ctx: Ctx, productId: string, market: string): Promise<ApprovedLabel | null> {
  authorize(ctx, "label.read");
  if (!isUuid(productId)) return null;
  const [row] = await (await db())
    .select(columns)
    .from(labelDesigns)
    .where(scoped(ctx, labelDesigns, approved(productId, market)))
    .orderBy(desc(labelDesigns.approvedAt))
    .limit(1);
  return row ?? null;
}

/**
 * Inside the caller's transaction (e.g. putting a product into a shipment): refuses unless the
 * product has an approved label for the market, and holds that design (FOR SHARE) so it cannot be
 * retired or superseded before the transaction commits.
 */
export async function assertLabelApproved(tx: Tx, ctx: Ctx, productId: string, market: string): Promise<void> {
  const [row] = isUuid(productId)
    ? await tx
        .select({ id: labelDesigns.id })
        .from(labelDesigns)
        .where(scoped(ctx, labelDesigns, approved(productId, market)))
        .limit(1)
        .for("share")
    : [];
  if (!row) throw new ConflictError("labelNotApproved");
}
