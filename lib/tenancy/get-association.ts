import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { associations } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";

/** The caller's own association (its settings: country, currency, youth band). */
export async function getAssociation(ctx: Pick<Ctx, "associationId">) {
  const [association] = await (await db()).select().from(associations).where(eq(associations.id, ctx.associationId));
  if (!association) throw new Error("The session names an association that does not exist");
  return association;
}
