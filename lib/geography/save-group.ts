import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { members, producerGroups, villages } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { saveGroupSchema, type SaveGroupInput } from "./schemas";

/** Adds or edits a producer group of one village; its leader must be a member living there. */
export async function saveGroup(ctx: Ctx, input: SaveGroupInput) {
  authorize(ctx, "geography.manage");
  const data = saveGroupSchema.parse(input);
  const leaderMemberId = data.leaderMemberId || null;
  return (await db()).transaction(async (tx) => {
    const [village] = await tx.select({ id: villages.id }).from(villages).where(scoped(ctx, villages, eq(villages.id, data.villageId)));
    if (!village) throw new ValidationError({ villageId: "notFound" });
    if (leaderMemberId) {
      const [leader] = await tx.select({ villageId: members.villageId }).from(members).where(scoped(ctx, members, eq(members.id, leaderMemberId)));
      if (!leader) throw new ValidationError({ leaderMemberId: "notFound" });
      if (leader.villageId !== data.villageId) throw new ValidationError({ leaderMemberId: "leaderOtherVillage" });
    }
    const values = { name: data.name, villageId: data.villageId, leaderMemberId };
    if (data.id) {
      const [before] = await tx.select().from(producerGroups).where(scoped(ctx, producerGroups, eq(producerGroups.id, data.id))).for("update");
      if (!before) throw new NotFoundError();
      await tx.update(producerGroups).set(values).where(scoped(ctx, producerGroups, eq(producerGroups.id, data.id)));
      await recordAudit(tx, ctx, { action: "group.updated", entityType: "group", entityId: data.id, before, after: values });
      return { id: data.id };
    }
    const [created] = await tx.insert(producerGroups).values({ associationId: ctx.associationId, ...values }).returning({ id: producerGroups.id });
    await recordAudit(tx, ctx, { action: "group.created", entityType: "group", entityId: created!.id, after: values });
    return { id: created!.id };
  });
}
