import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { batches } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { ValidationError } from "@/lib/errors/domain-errors";
import { scoped } from "@/lib/tenancy/scope";

const CHECK_VIOLATION = "23514";

function isCheckViolation(error: unknown): boolean {
  const codeOf = (value: unknown) => (value && typeof value === "object" ? (value as { code?: unknown }).code : undefined);
  return codeOf(error) === CHECK_VIOLATION || (error instanceof Error && codeOf(error.cause) === CHECK_VIOLATION);
}

/**
 * Moves a batch's allocated total by `delta` in one statement. The row lock makes concurrent
 * allocations queue, and the CHECK (allocated ≤ accepted) judges each against the latest total,
 * so the batch can never be over-allocated; a refusal names the box that asked too much.
 */
async function adjustAllocated(tx: Tx, ctx: Ctx, batchId: string, delta: number, field: string): Promise<void> {
  let rows: { allocated: number }[];
  try {
    rows = await tx
      .update(batches)
      .set({ allocatedQuantity: sql`${batches.allocatedQuantity} + ${delta}` })
      .where(scoped(ctx, batches, eq(batches.id, batchId)))
      .returning({ allocated: batches.allocatedQuantity });
  } catch (error) {
    if (isCheckViolation(error)) throw new ValidationError({ [field]: "overAllocated" });
    throw error;
  }
  if (rows.length === 0) throw new ValidationError({ [field]: "notFound" });
}

/** Applies per-batch changes in batch-id order, so two transactions never wait on each other in a circle. */
export async function adjustAllocatedAll(tx: Tx, ctx: Ctx, deltas: Map<string, { delta: number; field: string }>): Promise<void> {
  for (const batchId of [...deltas.keys()].sort()) {
    const { delta, field } = deltas.get(batchId)!;
    if (delta !== 0) await adjustAllocated(tx, ctx, batchId, delta, field);
  }
}
