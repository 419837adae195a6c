import { and, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { inspections } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";

/** The id of the batch's inspection still under way or awaiting approval, if there is one. */
export async function openInspectionFor(ctx: Ctx, batchId: string): Promise<string | null> {
  authorize(ctx, "inspection.queue");
  if (!isUuid(batchId)) return null;
  const [row] = await (await db())
    .select({ id: inspections.id })
    .from(inspections)
    .where(scoped(ctx, inspections, and(eq(inspections.batchId, batchId), ne(inspections.status, "approved"))))
    .limit(1);
  return row?.id ?? null;
}
