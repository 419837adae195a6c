import { and, gt, inArray, type SQL } from "drizzle-orm";
import { batches } from "@/db/schema";

const PRINTABLE_STATUSES = ["accepted", "partially_accepted"] as const;

/** A lot gets labels once inspection has accepted some of it. */
export function isPrintable(batch: { status: string; acceptedQuantity: number | null }): batch is { status: (typeof PRINTABLE_STATUSES)[number]; acceptedQuantity: number } {
  return (PRINTABLE_STATUSES as readonly string[]).includes(batch.status) && (batch.acceptedQuantity ?? 0) > 0;
}

/** The same rule as a query condition, for listing the lots a sheet can be printed for. */
export const printableBatch = (): SQL => and(inArray(batches.status, PRINTABLE_STATUSES), gt(batches.acceptedQuantity, 0))!;
