import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { associations } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";

/** The currency the association's ledger is kept in: its own, the one product prices are entered in. */
export async function associationCurrency(tx: Tx, ctx: Pick<Ctx, "associationId">): Promise<string> {
  const [row] = await tx.select({ currency: associations.currency }).from(associations).where(eq(associations.id, ctx.associationId));
  if (!row) throw new Error("The session names an association that does not exist");
  return row.currency;
}
