import { asc, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { members, payoutEntries } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";

/**
 * Locks the members' rows until the transaction ends, so two payments to one producer queue up
 * and each sees the other's entry; "no key update" leaves a shipment appending owed entries
 * (which only needs the key) unblocked. Returns the balance of each member of this association;
 * another association's member is absent from the map.
 */
export async function lockBalances(tx: Tx, ctx: Ctx, memberIds: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(memberIds)].sort();
  const found = await tx
    .select({ id: members.id })
    .from(members)
    .where(scoped(ctx, members, inArray(members.id, ids)))
    .orderBy(asc(members.id))
    .for("no key update");
  const balances = new Map(found.map((m) => [m.id, 0]));
  if (found.length === 0) return balances;
  const sums = await tx
    .select({ memberId: payoutEntries.memberId, balanceMinor: sql<number>`sum(${payoutEntries.amountMinor})`.mapWith(Number) })
    .from(payoutEntries)
    .where(scoped(ctx, payoutEntries, inArray(payoutEntries.memberId, [...balances.keys()])))
    .groupBy(payoutEntries.memberId);
  for (const s of sums) balances.set(s.memberId, s.balanceMinor);
  return balances;
}
