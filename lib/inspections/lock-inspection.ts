import { eq } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { inspections } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

/** Reads an inspection and holds its row until the transaction ends, so concurrent changes queue up. */
export async function lockInspection(tx: Tx, ctx: Ctx, inspectionId: string) {
  if (!isUuid(inspectionId)) throw new NotFoundError();
  const [row] = await tx
    .select()
    .from(inspections)
    .where(scoped(ctx, inspections, eq(inspections.id, inspectionId)))
    .for("update");
  if (!row) throw new NotFoundError();
  return row;
}

export type LockedInspection = Awaited<ReturnType<typeof lockInspection>>;
