import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { insertMembers } from "./insert-members";
import { loadLookups } from "./load-lookups";
import { parseMapping } from "./mapping";
import { readTable } from "./read-table";
import type { ImportResult, ProgressListener } from "./report";
import { validateRows, type ValidatedRows } from "./validate-rows";

export type ImportMembersInput = { file: Uint8Array; mapping: unknown; dryRun: boolean };

function resultOf(rows: ValidatedRows, dryRun: boolean): ImportResult {
  const { valid, ...rest } = rows;
  return { ...rest, dryRun, valid: valid.length, imported: dryRun ? 0 : valid.length };
}

/**
 * Reads a member file, checks every row against the association's registry and, unless it is a
 * dry run, creates the valid members in one transaction: all of them or, on any failure, none.
 */
export async function importMembers(ctx: Ctx, input: ImportMembersInput, onProgress?: ProgressListener): Promise<ImportResult> {
  authorize(ctx, "member.import");
  const table = await readTable(input.file);
  const mapping = parseMapping(input.mapping, table.headers.length);
  const database = await db();
  if (input.dryRun) {
    const rows = validateRows(table, mapping, await loadLookups(database, ctx));
    await onProgress?.({ done: rows.total, total: rows.total });
    return resultOf(rows, true);
  }
  return database.transaction(async (tx) => {
    // One import at a time per association: two uploads of one file must not both pass the duplicate checks.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`member-import:${ctx.associationId}`}))`);
    const rows = validateRows(table, mapping, await loadLookups(tx, ctx));
    await insertMembers(tx, ctx, rows.valid, onProgress);
    if (rows.valid.length > 0) {
      await recordAudit(tx, ctx, {
        action: "member.imported",
        entityType: "member_import",
        entityId: randomUUID(),
        after: { rows: rows.total, imported: rows.valid.length, rejected: rows.rejected.length, numbering: rows.numbering },
      });
    }
    return resultOf(rows, false);
  });
}
