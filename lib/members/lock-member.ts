import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { members } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";

/** The member row, locked for the rest of the transaction; another association's is not found. */
export async function lockMember(tx: Tx, ctx: Ctx, memberId: string) {
  const [member] = await tx.select().from(members).where(scoped(ctx, members, eq(members.id, memberId))).for("update");
  if (!member) throw new NotFoundError();
  return member;
}
