import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { suggestMapping } from "./headers";
import { readTable } from "./read-table";
import type { ImportPreview } from "./report";

const SAMPLE_ROWS = 5;

/** The first step after upload: the file's columns, its first rows and a suggested mapping. */
export async function previewImport(ctx: Ctx, file: Uint8Array): Promise<ImportPreview> {
  authorize(ctx, "member.import");
  const table = await readTable(file);
  return {
    headers: table.headers,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
    total: table.rows.length,
    mapping: suggestMapping(table.headers),
  };
}
