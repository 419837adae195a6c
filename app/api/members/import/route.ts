import { can } from "@/lib/auth/policy";
import { currentUser } from "@/lib/auth/session";
import { toFailure } from "@/lib/errors/action-result";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "@/lib/members/import/fields";
import { importMembers } from "@/lib/members/import/import-members";
import { previewImport } from "@/lib/members/import/preview-import";
import { progressStream } from "@/lib/members/import/progress-stream";

export const dynamic = "force-dynamic";

// The multipart envelope around the file adds a few hundred bytes; this leaves room for them.
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

function failure(error: unknown) {
  const body = toFailure(error);
  return Response.json(body, { status: body.error === "unexpected" ? 500 : 400 });
}

// no-transform keeps compression (which buffers) off the stream; x-accel-buffering does the same for nginx.
const STREAM_HEADERS = {
  "content-type": "application/x-ndjson; charset=utf-8",
  "cache-control": "no-store, no-transform",
  "x-accel-buffering": "no",
};

function parseJson(value: FormDataEntryValue | null | undefined): unknown {
  try {
    return typeof value === "string" ? JSON.parse(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A member file, posted as multipart (file, mode, mapping). `preview` answers JSON: the columns,
 * the first rows and a suggested mapping. `dry-run` and `commit` answer NDJSON progress lines
 * and then the result, so the browser can show a real progress bar.
 */
export async function POST(request: Request) {
  const ctx = await currentUser();
  if (!ctx) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(ctx, "member.import")) return Response.json({ error: "notFound" }, { status: 404 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return Response.json({ ok: false, error: `importTooLarge?max=${MAX_IMPORT_MB}` }, { status: 413 });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const mode = form?.get("mode");
  if (!(file instanceof File) || (mode !== "preview" && mode !== "dry-run" && mode !== "commit")) {
    return Response.json({ ok: false, error: "invalid" }, { status: 400 });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (mode === "preview") {
    try {
      return Response.json({ ok: true, data: await previewImport(ctx, bytes) });
    } catch (error) {
      return failure(error);
    }
  }
  const input = { file: bytes, mapping: parseJson(form?.get("mapping")), dryRun: mode === "dry-run" };
  return new Response(progressStream((onProgress) => importMembers(ctx, input, onProgress)), { headers: STREAM_HEADERS });
}
