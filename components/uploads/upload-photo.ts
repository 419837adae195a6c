import imageCompression from "browser-image-compression";
import type { Failure } from "@/components/ui/use-action-form";
import { MAX_PHOTO_SIDE, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "@/lib/uploads/limits";
import type { FilePurpose } from "@/lib/uploads/purposes";

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

function outcomeOf(status: number, body: unknown): UploadOutcome {
  const answer = (body ?? {}) as Partial<UploadedPhoto> & { error?: string; fieldErrors?: Record<string, string>; requestId?: string };
  if (status === 201 && answer.id && answer.url) return { ok: true, id: answer.id, url: answer.url };
  if (status === 401) return { ok: false, error: "signedOut" };
  return { ok: false, error: answer.fieldErrors?.file ?? answer.error ?? "unexpected", requestId: answer.requestId };
}

// XMLHttpRequest rather than fetch: only it reports upload progress.
function send(body: Blob, name: string, purpose: FilePurpose, onProgress: (percent: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/uploads");
    request.responseType = "json";
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    request.onload = () => resolve(outcomeOf(request.status, request.response));
    request.onerror = request.onabort = request.ontimeout = () => resolve({ ok: false, error: "uploadInterrupted" });
    const form = new FormData();
    form.set("purpose", purpose);
    form.set("file", body, name);
    request.send(form);
  });
}

/** Shrinks a photo in the browser, then posts it to /api/uploads, reporting each stage. */
export async function uploadPhoto(file: File, purpose: FilePurpose, onStage: (stage: UploadStage) => void): Promise<UploadOutcome> {
  onStage({ stage: "preparing" });
  const body = await compress(file);
  if (body.size > MAX_UPLOAD_BYTES) return { ok: false, error: `fileTooLarge?max=${MAX_UPLOAD_MB}` };
  onStage({ stage: "uploading", percent: 0 });
  return send(body, file.name, purpose, (percent) => onStage({ stage: "uploading", percent }));
}
