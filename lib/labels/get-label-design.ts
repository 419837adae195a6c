import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { labelDesigns } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize, can } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { failingRequired } from "./check-compliance";
import { designCompliance } from "./design-compliance";
import { artworkOf } from "./label-artwork";
import { labelStepAllowed } from "./label-status";

const OPEN = ["draft", "in_review", "changes_requested"];

/**
 * One design of the caller's association: its fields, artwork, product, compliance checklist,
 * the revisions made from it, and what the caller may do with it now.
 */
export async function getLabelDesign(ctx: Ctx, designId: string) {
  authorize(ctx, "label.read");
  if (!isUuid(designId)) throw new NotFoundError();
  const database = await db();
  const [design] = await database.select().from(labelDesigns).where(scoped(ctx, labelDesigns, eq(labelDesigns.id, designId)));
  if (!design) throw new NotFoundError();
  const [{ product, fields, checks }, artwork, revisions] = await Promise.all([
    designCompliance(database, ctx, design),
    artworkOf(database, ctx, design.id),
    database
      .select({ id: labelDesigns.id, status: labelDesigns.status })
      .from(labelDesigns)
      .where(scoped(ctx, labelDesigns, eq(labelDesigns.revisionOf, design.id)))
      .orderBy(desc(labelDesigns.createdAt)),
  ]);
  const blockedBy = failingRequired(checks).length;
  const manage = can(ctx, "label.manage");
  return {
    ...design,
    fields,
    product,
    artwork,
    checks,
    blockedBy,
    revisions,
    actions: {
      edit: manage && labelStepAllowed("edit", design.status),
      submit: manage && labelStepAllowed("submit", design.status) && blockedBy === 0,
      revise: manage && labelStepAllowed("revise", design.status) && !revisions.some((r) => OPEN.includes(r.status)),
      retire: manage && labelStepAllowed("retire", design.status),
      print: can(ctx, "label.print") && design.status === "approved",
    },
  };
}

export type LabelDesignDetail = Awaited<ReturnType<typeof getLabelDesign>>;
