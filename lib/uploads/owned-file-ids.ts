import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/connect";
import { files } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import type { FilePurpose } from "./purposes";

/**
 * Which of `ids` the caller uploaded themselves for `purpose`: what a batch, product or
 * inspection may attach, so nobody attaches a file of another user or association.
 */
export async function ownedFileIds(tx: Tx, ctx: Ctx, ids: readonly string[], purpose: FilePurpose): Promise<string[]> {
  const wanted = [...new Set(ids)].filter(isUuid);
  if (wanted.length === 0) return [];
  const rows = await tx
    .select({ id: files.id })
    .from(files)
    .where(scoped(ctx, files, inArray(files.id, wanted), eq(files.uploadedBy, ctx.userId), eq(files.purpose, purpose)));
  return rows.map((r) => r.id);
}
