import type { Tx } from "@/db/connect";
import { members } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { memberSearchKey } from "@/lib/members/search-key";
import type { ProgressListener } from "./report";
import type { ValidMember } from "./validate-rows";

// 1,000 rows × 11 columns stays far below PostgreSQL's 65,535 parameters per statement.
export const INSERT_CHUNK = 1_000;

/** Inserts the members in chunks inside the caller's transaction, reporting progress after each. */
export async function insertMembers(tx: Tx, ctx: Pick<Ctx, "associationId">, rows: readonly ValidMember[], onProgress?: ProgressListener): Promise<void> {
  await onProgress?.({ done: 0, total: rows.length });
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK).map((m) => ({
      associationId: ctx.associationId,
      memberNumber: m.memberNumber,
      fullName: m.fullName,
      fullNameLatin: m.fullNameLatin,
      gender: m.gender,
      birthYear: m.birthYear,
      phone: m.phone,
      villageId: m.villageId,
      joinedOn: m.joinedOn,
      searchKey: memberSearchKey(m),
    }));
    await tx.insert(members).values(chunk);
    await onProgress?.({ done: start + chunk.length, total: rows.length });
  }
}
