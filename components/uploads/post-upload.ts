import type { Failure } from "@/components/ui/use-action-form";
import type { FilePurpose } from "@/lib/uploads/purposes";

/** What /api/uploads answers for a stored file (see lib/uploads/store-upload). */
export type UploadedFile = { id: string; url: string; contentType: string; name: string | null };
export type PostOutcome = ({ ok: true } & UploadedFile) | ({ ok: false } & Failure);

function outcomeOf(status: number, body: unknown): PostOutcome {
  const answer = (body ?? {}) as Partial<UploadedFile> & { error?: string; fieldErrors?: Record<string, string>; requestId?: string };
  if (status === 201 && answer.id && answer.url) return { ok: true, id: answer.id, url: answer.url, contentType: answer.contentType ?? "", name: answer.name ?? null };
  if (status === 401) return { ok: false, error: "signedOut" };
  return { ok: false, error: answer.fieldErrors?.file ?? answer.error ?? "unexpected", requestId: answer.requestId };
}

/** Posts one file to /api/uploads as multipart (`purpose`, `file`). XMLHttpRequest: only it reports upload progress. */
export function postUpload(body: Blob, name: string, purpose: FilePurpose, onProgress: (percent: number) => void): Promise<PostOutcome> {
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
