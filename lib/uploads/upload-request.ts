import type { ActionResult } from "@/lib/errors/action-result";
import { ValidationError } from "@/lib/errors/domain-errors";
import { parseMessageKey } from "@/lib/validation/field-errors";
import { MAX_REQUEST_MB } from "./limits";

// The multipart envelope around the file adds a few hundred bytes; this leaves room for them.
const MAX_BODY_BYTES = MAX_REQUEST_MB * 1024 * 1024 + 64 * 1024;

const tooLarge = () => new ValidationError({ file: `uploadTooLarge?max=${MAX_REQUEST_MB}` });

/** The body, refused as soon as it passes `max` bytes, whatever content-length claims (or if it is absent). */
async function readCapped(request: Request, max: number): Promise<Blob> {
  if (Number(request.headers.get("content-length") ?? 0) > max) throw tooLarge();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for await (const chunk of request.body ?? []) {
    total += chunk.byteLength;
    if (total > max) throw tooLarge();
    chunks.push(chunk);
  }
  return new Blob(chunks);
}

/** The `file` and `purpose` fields of a multipart upload, read without buffering an oversized body. */
export async function readUploadForm(request: Request): Promise<{ file: File; purpose: string }> {
  const body = await readCapped(request, MAX_BODY_BYTES);
  const headers = { "content-type": request.headers.get("content-type") ?? "" };
  const form = await new Response(body, { headers }).formData().catch(() => null);
  const file = form?.get("file");
  const purpose = form?.get("purpose");
  if (!(file instanceof File) || file.size === 0) throw new ValidationError({ file: "required" });
  if (typeof purpose !== "string") throw new ValidationError({ purpose: "required" });
  return { file, purpose };
}

const TOO_LARGE = new Set(["fileTooLarge", "uploadTooLarge"]);

/** The HTTP status of a refused upload: 413 for a file too large, else by the kind of failure. */
export function uploadFailureStatus(failure: Extract<ActionResult<never>, { ok: false }>): number {
  if (failure.error === "unexpected") return 500;
  if (failure.error === "forbidden") return 403;
  if (failure.error === "notFound") return 404;
  const file = failure.fieldErrors?.file;
  return file && TOO_LARGE.has(parseMessageKey(file).key) ? 413 : 400;
}
