import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { buyers } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { changes } from "@/lib/catalog/changes";
import { isCodeTaken } from "@/lib/catalog/code-taken";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { saveBuyerSchema, type SaveBuyerInput } from "./schemas";

/** Adds a buyer (no id) or edits one; names are unique within the association. */
export async function saveBuyer(ctx: Ctx, input: SaveBuyerInput): Promise<{ id: string }> {
  authorize(ctx, "buyer.manage");
  const { id, ...data } = saveBuyerSchema.parse(input);
  const fields = {
    ...data,
    contactName: data.contactName || null,
    email: data.email || null,
    phone: data.phone || null,
    address: data.address || null,
  };
  return (await db()).transaction(async (tx) => {
    if (!id) {
      const [created] = await tx
        .insert(buyers)
        .values({ associationId: ctx.associationId, ...fields })
        .onConflictDoNothing()
        .returning({ id: buyers.id });
      if (!created) throw new ValidationError({ name: "buyerNameTaken" });
      await recordAudit(tx, ctx, { action: "buyer.created", entityType: "buyer", entityId: created.id, after: fields });
      return created;
    }
    const [buyer] = await tx.select().from(buyers).where(scoped(ctx, buyers, eq(buyers.id, id))).for("update");
    if (!buyer) throw new NotFoundError();
    if (fields.name !== buyer.name && (await isCodeTaken(tx, ctx, buyers, buyers.name, fields.name, id))) throw new ValidationError({ name: "buyerNameTaken" });
    const diff = changes(buyer, fields);
    if (!diff.changed) return { id };
    await tx.update(buyers).set({ ...fields, updatedAt: new Date() }).where(scoped(ctx, buyers, eq(buyers.id, id)));
    await recordAudit(tx, ctx, { action: "buyer.updated", entityType: "buyer", entityId: id, before: diff.before, after: diff.after });
    return { id };
  });
}
