import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { members } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";

/** Active members by village: the people a group leader can be chosen from. */
export async function activeMembersByVillage(ctx: Ctx): Promise<Map<string, { id: string; name: string }[]>> {
  const rows = await (await db())
    .select({ id: members.id, name: members.fullName, villageId: members.villageId })
    .from(members)
    .where(scoped(ctx, members, eq(members.status, "active")))
    .orderBy(asc(members.fullName));
  const byVillage = new Map<string, { id: string; name: string }[]>();
  for (const row of rows) byVillage.set(row.villageId, [...(byVillage.get(row.villageId) ?? []), { id: row.id, name: row.name }]);
  return byVillage;
}
