import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connect";
import { members, producerGroups, villages } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";

export type IdeaPlace = { villageId: string | null; groupId: string | null };

/** A producer's own village and group, where an idea of theirs comes from unless they say otherwise. */
export async function memberPlace(database: Db | Tx, ctx: Ctx): Promise<IdeaPlace> {
  if (!ctx.memberId) return { villageId: null, groupId: null };
  const [member] = await database
    .select({ villageId: members.villageId, groupId: members.groupId })
    .from(members)
    .where(scoped(ctx, members, eq(members.id, ctx.memberId)));
  return member ?? { villageId: null, groupId: null };
}

/**
 * Checks the village and group of an idea in the caller's association. A group lies in one
 * village: it gives the village when none is chosen, and must match the one chosen.
 */
export async function checkPlace(tx: Tx, ctx: Ctx, input: { villageId?: string | null; groupId?: string | null }): Promise<IdeaPlace> {
  const villageId = input.villageId || null;
  if (input.groupId) {
    const [group] = await tx
      .select({ villageId: producerGroups.villageId })
      .from(producerGroups)
      .where(scoped(ctx, producerGroups, eq(producerGroups.id, input.groupId)));
    if (!group) throw new ValidationError({ groupId: "notFound" });
    if (villageId && villageId !== group.villageId) throw new ValidationError({ groupId: "groupOtherVillage" });
    return { villageId: group.villageId, groupId: input.groupId };
  }
  if (villageId) {
    const [village] = await tx.select({ id: villages.id }).from(villages).where(scoped(ctx, villages, eq(villages.id, villageId)));
    if (!village) throw new ValidationError({ villageId: "notFound" });
  }
  return { villageId, groupId: null };
}
