import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { buyers } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";

/** The buyer a shipment names must be one of the association's; a new choice must be active. */
export async function checkBuyer(tx: Tx, ctx: Ctx, buyerId: string, keptFrom?: string): Promise<void> {
  const [buyer] = await tx.select({ status: buyers.status }).from(buyers).where(scoped(ctx, buyers, eq(buyers.id, buyerId)));
  if (!buyer) throw new NotFoundError();
  if (buyer.status !== "active" && buyerId !== keptFrom) throw new ValidationError({ buyerId: "buyerArchived" });
}
