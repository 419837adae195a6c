import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/db/client";
import { files } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { deleteObject, putObject } from "@/lib/storage/storage";
import type { CleanedFile } from "./cleaned-file";
import { fileUrl } from "./file-url";
import { normalizeDocument } from "./normalize-document";
import { normalizePhoto } from "./normalize-photo";
import { isDocumentPurpose, PURPOSE_PERMISSION } from "./purposes";
import { storeUploadSchema, type StoreUploadInput } from "./schemas";

export type StoredUpload = { id: string; url: string; contentType: CleanedFile["contentType"]; name: string | null; width: number | null; height: number | null };

/** The device's file name without any folder part or control characters, for a document's download name. */
function displayName(name: string | undefined): string | null {
  const base = (name ?? "").split(/[/\\]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return base === "" ? null : base;
}

/**
 * Checks and cleans an upload, stores it and records it as the caller's. Photos become JPEGs;
 * documents (artwork, review attachments) keep their format and their original name.
 * Refusals are ValidationErrors on the field `file` (see normalizePhoto, normalizeDocument).
 */
export async function storeUpload(ctx: Ctx, input: StoreUploadInput): Promise<StoredUpload> {
  authorize(ctx, "file.upload");
  const { purpose, declaredType, name } = storeUploadSchema.parse(input);
  authorize(ctx, PURPOSE_PERMISSION[purpose]);
  const document = isDocumentPurpose(purpose);
  const clean = document ? await normalizeDocument(input.bytes) : await normalizePhoto(input.bytes);
  const id = randomUUID();
  const storageKey = `${ctx.associationId}/${id}.${clean.extension}`;
  const row = {
    associationId: ctx.associationId,
    id,
    storageKey,
    purpose,
    contentType: clean.contentType,
    byteSize: clean.bytes.byteLength,
    width: clean.width,
    height: clean.height,
    sha256: createHash("sha256").update(clean.bytes).digest("hex"),
    originalName: document ? displayName(name) : null,
    uploadedBy: ctx.userId,
  };
  await putObject(storageKey, clean.bytes, row.contentType);
  try {
    await (await db()).transaction(async (tx) => {
      await tx.insert(files).values(row);
      const { contentType, byteSize, width, height, sha256 } = row;
      const after = { purpose, storageKey, contentType, byteSize, width, height, sha256, declaredType, name };
      await recordAudit(tx, ctx, { action: "file.uploaded", entityType: "file", entityId: id, after });
    });
  } catch (error) {
    // Without its row the object could never be read or cleaned up: remove it now.
    await deleteObject(storageKey).catch(() => undefined);
    throw error;
  }
  return { id, url: fileUrl(id), contentType: row.contentType, name: row.originalName, width: clean.width, height: clean.height };
}
