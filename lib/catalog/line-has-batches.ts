import { eq } from "drizzle-orm";
import type { Db } from "@/db/connect";
import { batches, products } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";

/** Lot codes start with the line's code, so the code is fixed once the line has a batch. */
export async function lineHasBatches(database: Db, ctx: Ctx, lineId: string): Promise<boolean> {
  const [row] = await database
    .select({ id: batches.id })
    .from(batches)
    .innerJoin(products, tenantJoin(products, batches, batches.productId))
    .where(scoped(ctx, batches, eq(products.lineId, lineId)))
    .limit(1);
  return Boolean(row);
}
