import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connect";
import { inspections, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped, tenantJoin } from "@/lib/tenancy/scope";

/** Approved inspections of a batch, oldest first: what the producer and coordinators read as its decisions. */
export function batchDecisions(database: Db | Tx, ctx: Ctx, batchId: string) {
  return database
    .select({
      id: inspections.id,
      outcome: inspections.outcome,
      acceptedQuantity: inspections.acceptedQuantity,
      remarks: inspections.remarks,
      approvedAt: inspections.approvedAt,
      inspectorName: users.name,
    })
    .from(inspections)
    .innerJoin(users, tenantJoin(users, inspections, inspections.inspectorId))
    .where(scoped(ctx, inspections, eq(inspections.batchId, batchId), eq(inspections.status, "approved")))
    .orderBy(asc(inspections.approvedAt));
}

export type BatchDecision = Awaited<ReturnType<typeof batchDecisions>>[number];
