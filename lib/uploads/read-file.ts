import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { files } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { getObject } from "@/lib/storage/storage";
import { scoped } from "@/lib/tenancy/scope";
import { isUuid } from "@/lib/validation/uuid";
import { visibleFiles } from "./file-visibility";

export type ReadFile = { bytes: Uint8Array; contentType: string; originalName: string | null };

/** A stored file's bytes, if the caller may see it; another association's file is not found. */
export async function readFile(ctx: Ctx, fileId: string): Promise<ReadFile> {
  if (!isUuid(fileId)) throw new NotFoundError();
  const database = await db();
  const [file] = await database
    .select({ storageKey: files.storageKey, contentType: files.contentType, originalName: files.originalName })
    .from(files)
    .where(scoped(ctx, files, eq(files.id, fileId), visibleFiles(database, ctx)));
  const bytes = file ? await getObject(file.storageKey) : null;
  if (!file || !bytes) throw new NotFoundError();
  return { bytes, contentType: file.contentType, originalName: file.originalName };
}
