import { and, eq, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

type TenantTable = { associationId: PgColumn };

/**
 * The one way to filter tenant data: the caller's association plus any further conditions.
 * A row of another association is simply not there, so callers answer "not found".
 */
export function scoped(ctx: { associationId: string }, table: TenantTable, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(table.associationId, ctx.associationId), ...conditions) as SQL;
}

type TenantRow = { associationId: PgColumn; id: PgColumn };

/** Join condition for `target` referenced by `foreignKey` of `source`: same association, same id. */
export function tenantJoin(target: TenantRow, source: TenantTable, foreignKey: PgColumn): SQL {
  return and(eq(target.associationId, source.associationId), eq(target.id, foreignKey)) as SQL;
}
