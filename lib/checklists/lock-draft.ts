import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { checklistTemplates } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

/**
 * The draft about to change, locked until the transaction ends. A published version is frozen:
 * the database refuses to change it too, but this says why.
 */
export async function lockDraft(tx: Tx, ctx: Ctx, templateId: string) {
  if (!isUuid(templateId)) throw new NotFoundError();
  const [template] = await tx
    .select({ id: checklistTemplates.id, lineId: checklistTemplates.lineId, version: checklistTemplates.version, status: checklistTemplates.status })
    .from(checklistTemplates)
    .where(scoped(ctx, checklistTemplates, eq(checklistTemplates.id, templateId)))
    .for("update");
  if (!template) throw new NotFoundError();
  if (template.status === "published") throw new ConflictError("checklistPublished");
  return template;
}
