import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/connect";
import { members } from "@/db/schema";
import { memberSearchKey } from "@/lib/members/search-key";

/** Copies the association's members with new numbers and phones until it has `target` of them. */
export async function growMembers(handle: DbHandle, associationId: string, target: number): Promise<number> {
  const existing = await handle.db.select().from(members).where(eq(members.associationId, associationId));
  const rows: (typeof members.$inferInsert)[] = [];
  for (let n = existing.length + 1; n <= target; n++) {
    const source = existing[n % existing.length]!;
    const memberNumber = `IK-${String(n).padStart(5, "0")}`;
    const phone = `+996${String(770_000_000 + n)}`;
    rows.push({ ...source, id: randomUUID(), memberNumber, phone, searchKey: memberSearchKey({ ...source, memberNumber, phone }) });
  }
  await handle.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) await tx.insert(members).values(rows.slice(i, i + 1000));
  });
  return existing.length + rows.length;
}
