import { eq, gte, inArray, lte, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { batches, members } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";
import { getAssociation } from "@/lib/tenancy/get-association";
import type { BatchFilters } from "./filters";

/** Midnight starting `day` (plus some days) where the association is, as a timestamptz. */
const startOfDay = (day: string, timezone: string, plusDays = 0) => sql`(${day}::date + ${plusDays}::int)::timestamp at time zone ${timezone}`;

/**
 * The WHERE conditions of a batch filter on the batches table alone, beyond the tenant scope and
 * the line (see line-batches.ts): village becomes a sub-select, so the query walks a batches index
 * in list order.
 */
export async function batchConditions(ctx: Ctx, filters: BatchFilters): Promise<SQL[]> {
  const database = await db();
  const conditions: SQL[] = [filters.status ? eq(batches.status, filters.status) : ne(batches.status, "draft")];
  if (filters.product) conditions.push(eq(batches.productId, filters.product));
  if (filters.village) {
    conditions.push(inArray(batches.memberId, database.select({ id: members.id }).from(members).where(scoped(ctx, members, eq(members.villageId, filters.village)))));
  }
  if (filters.period === "submitted" && (filters.from || filters.to)) {
    const { timezone } = await getAssociation(ctx);
    if (filters.from) conditions.push(sql`${batches.submittedAt} >= ${startOfDay(filters.from, timezone)}`);
    if (filters.to) conditions.push(sql`${batches.submittedAt} < ${startOfDay(filters.to, timezone, 1)}`);
  } else {
    if (filters.from) conditions.push(gte(batches.producedTo, filters.from));
    if (filters.to) conditions.push(lte(batches.producedTo, filters.to));
  }
  return conditions;
}
