import imageCompression from "browser-image-compression";
import type { Failure } from "@/components/ui/use-action-form";
import { MAX_PHOTO_SIDE, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "@/lib/uploads/limits";
import type { FilePurpose } from "@/lib/uploads/purposes";
import { postUpload } from "./post-upload";

/** The compressor's worker loads the library from here (public/vendor), not from a CDN: no photo meets third-party code. */
export const COMPRESSOR_URL = "/vendor/browser-image-compression-2.0.2.js";

export type UploadedPhoto = { id: string; url: string };
export type UploadStage = { stage: "preparing" } | { stage: "uploading"; percent: number };
export type UploadOutcome = ({ ok: true } & UploadedPhoto) | ({ ok: false } & Failure);

async function compress(file: File): Promise<Blob> {
  try {
    return await imageCompression(file, { maxWidthOrHeight: MAX_PHOTO_SIDE, maxSizeMB: 0.4, useWebWorker: true, fileType: "image/jpeg", libURL: COMPRESSOR_URL });
  } catch {
    // This browser cannot read it (HEIC on some phones, a damaged file): the server gives the verdict.
    return file;
  }
}

/** Shrinks a photo in the browser, then posts it to /api/uploads, reporting each stage. */
export async function uploadPhoto(file: File, purpose: FilePurpose, onStage: (stage: UploadStage) => void): Promise<UploadOutcome> {
  onStage({ stage: "preparing" });
  const body = await compress(file);
  if (body.size > MAX_UPLOAD_BYTES) return { ok: false, error: `fileTooLarge?max=${MAX_UPLOAD_MB}` };
  onStage({ stage: "uploading", percent: 0 });
  const outcome = await postUpload(body, file.name, purpose, (percent) => onStage({ stage: "uploading", percent }));
  return outcome.ok ? { ok: true, id: outcome.id, url: outcome.url } : outcome;
}
