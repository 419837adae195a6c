import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/db/client";
import { files } from "@/db/schema";
import type { Ctx } from "@/lib/auth/context";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { deleteObject, putObject } from "@/lib/storage/storage";
import { fileUrl } from "./file-url";
import { normalizePhoto } from "./normalize-photo";
import { PURPOSE_PERMISSION } from "./purposes";
import { storeUploadSchema, type StoreUploadInput } from "./schemas";

export type StoredUpload = { id: string; url: string; width: number; height: number };

/**
 * Checks and cleans an uploaded photo, stores it and records it as the caller's. Refusals are
 * ValidationErrors on the field `file` (fileTooLarge, fileType, fileCorrupt, imageTooLarge).
 */
export async function storeUpload(ctx: Ctx, input: StoreUploadInput): Promise<StoredUpload> {
  authorize(ctx, "file.upload");
  const { purpose, declaredType, name } = storeUploadSchema.parse(input);
  authorize(ctx, PURPOSE_PERMISSION[purpose]);
  const photo = await normalizePhoto(input.bytes);
  const id = randomUUID();
  const storageKey = `${ctx.associationId}/${id}.jpg`;
  const row = {
    associationId: ctx.associationId,
    id,
    storageKey,
    purpose,
    contentType: "image/jpeg",
    byteSize: photo.bytes.byteLength,
    width: photo.width,
    height: photo.height,
    sha256: createHash("sha256").update(photo.bytes).digest("hex"),
    uploadedBy: ctx.userId,
  };
  await putObject(storageKey, photo.bytes, row.contentType);
  try {
    await (await db()).transaction(async (tx) => {
      await tx.insert(files).values(row);
      const { storageKey, byteSize, width, height, sha256 } = row;
      const after = { purpose, storageKey, byteSize, width, height, sha256, declaredType, name };
      await recordAudit(tx, ctx, { action: "file.uploaded", entityType: "file", entityId: id, after });
    });
  } catch (error) {
    // Without its row the object could never be read or cleaned up: remove it now.
    await deleteObject(storageKey).catch(() => undefined);
    throw error;
  }
  return { id, url: fileUrl(id), width: photo.width, height: photo.height };
}
