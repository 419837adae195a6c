import { eq, ne } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/connect";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";

type CodedTable = PgTable & { associationId: PgColumn; id: PgColumn };

/** Whether another row of the association already uses `value` in a unique column (code, SKU). */
export async function isCodeTaken(tx: Tx, ctx: Ctx, table: CodedTable, column: PgColumn, value: string, exceptId?: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(scoped(ctx, table, eq(column, value), exceptId ? ne(table.id, exceptId) : undefined))
    .limit(1);
  return Boolean(row);
}
